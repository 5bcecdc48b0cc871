import type { DiscordOAuthClient } from './discord-oauth-client.js';

/** Manage Server (1 << 5) and Administrator (1 << 3), which implies it. */
const MANAGE_GUILD = 1n << 5n;
const ADMINISTRATOR = 1n << 3n;

export interface DeskAccessRule {
  /** Servers where rights count (FACTBOT_ADMIN_GUILDS). */
  adminGuilds: readonly string[];
  /** Members with this role in an admin server count as admins too (FACTBOT_ADMIN_ROLE). */
  adminRole: string | undefined;
}

/**
 * Whether a Discord member may use the desk: Manage Server (or Administrator, or ownership) or
 * the admin role, in one of the admin servers. The same rule as /kb's, but from OAuth2 data
 * (permission bits per server, role ids) instead of an interaction. Returns the server that grants
 * it, or null.
 */
export async function deskAccess(client: DiscordOAuthClient, accessToken: string, rule: DeskAccessRule): Promise<string | null> {
  const guilds = await client.guilds(accessToken);
  const admin = new Set(rule.adminGuilds);
  for (const guild of guilds) {
    if (!admin.has(guild.id)) continue;
    if (guild.owner || hasManageGuild(guild.permissions)) return guild.id;
  }
  if (!rule.adminRole) return null;
  for (const guild of guilds) {
    if (!admin.has(guild.id)) continue;
    const roles = await client.memberRoles(accessToken, guild.id);
    if (roles?.includes(rule.adminRole)) return guild.id;
  }
  return null;
}

function hasManageGuild(permissions: string): boolean {
  try {
    const bits = BigInt(permissions);
    return (bits & MANAGE_GUILD) !== 0n || (bits & ADMINISTRATOR) !== 0n;
  } catch {
    return false;
  }
}
