/**
 * Who may change the knowledge base from a chat surface (Discord's /kb today, the web desk later):
 * one rule, in one place. One knowledge base serves every server the bot is in, so only the servers
 * listed in FACTBOT_ADMIN_GUILDS may change it; inside those, a member with Manage Server
 * (Administrator implies it) or the one configured admin role (FACTBOT_ADMIN_ROLE). Nothing else
 * counts: not other roles, not a missing role setting, not a direct message.
 */
export interface AdminAccessPolicy {
  /** Server ids whose admins may change the knowledge base; empty: nobody may (from chat). */
  adminGuilds: readonly string[];
  /** A role that counts as admin inside those servers, besides Manage Server. */
  adminRoleId?: string | undefined;
}

/** What the surface knows about the person asking, surface-neutral. */
export interface AdminRequester {
  /** The server the request comes from; null in a direct message. */
  guildId: string | null;
  /** Has Manage Server (or Administrator) in that server. */
  canManageServer: boolean;
  /** The member's role ids in that server. */
  roleIds: readonly string[];
}

export type AdminAccessRefusal = 'disabled' | 'notInServer' | 'otherServer' | 'notAdmin';
export type AdminAccessDecision = { allowed: true } | { allowed: false; reason: AdminAccessRefusal };

export function adminAccessPolicy(config: { FACTBOT_ADMIN_GUILDS: readonly string[]; FACTBOT_ADMIN_ROLE?: string | undefined }): AdminAccessPolicy {
  return { adminGuilds: config.FACTBOT_ADMIN_GUILDS, adminRoleId: config.FACTBOT_ADMIN_ROLE };
}

/** True when some server may change the knowledge base at all (else the admin surface is off). */
export function adminAccessEnabled(policy: AdminAccessPolicy): boolean {
  return policy.adminGuilds.length > 0;
}

export function decideAdminAccess(policy: AdminAccessPolicy, who: AdminRequester): AdminAccessDecision {
  if (!adminAccessEnabled(policy)) return { allowed: false, reason: 'disabled' };
  if (who.guildId === null) return { allowed: false, reason: 'notInServer' };
  if (!policy.adminGuilds.includes(who.guildId)) return { allowed: false, reason: 'otherServer' };
  if (who.canManageServer) return { allowed: true };
  // Only the configured role, and only when one is configured.
  if (policy.adminRoleId !== undefined && policy.adminRoleId !== '' && who.roleIds.includes(policy.adminRoleId)) return { allowed: true };
  return { allowed: false, reason: 'notAdmin' };
}
