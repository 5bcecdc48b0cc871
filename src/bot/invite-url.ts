#!/usr/bin/env node
/** `npm run invite-url`: prints the link that adds the bot to a server, with exactly what it needs. */
import { pathToFileURL } from 'node:url';
import { OAuth2Scopes, PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { uiLanguage } from '../i18n/ui-language.js';
import { createTranslator, type Translate } from '../i18n/translator.js';
import type { Lang } from '../kb/languages.js';
import { loadConfigOrExplain } from './operator-message.js';

/** bot: join servers; applications.commands: the slash and context-menu commands. */
export const INVITE_SCOPES = [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands] as const;

/**
 * What the bot does in a channel: see it, send (also in threads of fact-check channels), embed
 * answers, and read message history (Discord requires it to reply to a message).
 */
export const BOT_PERMISSIONS = {
  ViewChannel: PermissionFlagsBits.ViewChannel,
  SendMessages: PermissionFlagsBits.SendMessages,
  SendMessagesInThreads: PermissionFlagsBits.SendMessagesInThreads,
  EmbedLinks: PermissionFlagsBits.EmbedLinks,
  ReadMessageHistory: PermissionFlagsBits.ReadMessageHistory,
} as const;

export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: INVITE_SCOPES.join(' '),
    permissions: new PermissionsBitField(Object.values(BOT_PERMISSIONS)).bitfield.toString(),
    integration_type: '0',
  });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}

/** The invite link with a line before it naming the scopes and permissions, for the operator. */
export function inviteText(t: Translate, lang: Lang, applicationId: string): string {
  const intro = t('discord.operator.invite', lang, {
    scopes: INVITE_SCOPES.join(', '),
    permissions: Object.keys(BOT_PERMISSIONS).join(', '),
  });
  return `${intro}\n${inviteUrl(applicationId)}\n`;
}

function main(): number {
  const t = createTranslator();
  const lang = uiLanguage(process.env);
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(`${t('discord.operator.inviteHelp', lang)}\n`);
    return 0;
  }
  const config = loadConfigOrExplain(t, lang);
  if (!config) return 2;
  if (!config.DISCORD_APPLICATION_ID) {
    process.stderr.write(`${t('discord.operator.inviteMissing', lang)}\n`);
    return 1;
  }
  process.stdout.write(inviteText(t, lang, config.DISCORD_APPLICATION_ID));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
