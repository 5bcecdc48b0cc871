import type { ForgetCounts, PrivacyRepository } from '../storage/privacy-repository.js';
import { LocalizedError } from '../errors/localized-error.js';

const DISCORD_ID = /^\d{15,22}$/;

/**
 * Erasure on request: one person's stored questions, votes and name in history. Not itself
 * recorded in history (that would keep the id it erases); the adapters log who asked for it.
 */
export class PrivacyAdmin {
  constructor(private readonly privacy: PrivacyRepository) {}

  forgetUser(userId: string): ForgetCounts {
    const id = userId.trim().replace(/^discord:/, '');
    if (!DISCORD_ID.test(id)) throw new LocalizedError('admin.error.notAUserId', { id: userId.slice(0, 40) });
    return this.privacy.forgetDiscordUser(id);
  }
}
