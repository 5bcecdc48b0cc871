import { decideAdminAccess, type AdminAccessPolicy } from '../../admin/admin-access.js';
import type { DiscordOAuthClient } from './discord-oauth-client.js';

/** Manage Server (1 << 5) and Administrator (1 << 3), which implies it. */
const MANAGE_GUILD = 1n << 5n;
const ADMINISTRATOR = 1n << 3n;

/**
 * Whether a Discord member may use the desk: /kb's rule (src/admin/admin-access.ts), asked with
 * OAuth2 data (permission bits per server, role ids) instead of an interaction. Returns the server
 * that grants it, or null. Role ids are fetched only when permissions alone do not grant it.
 */
export async function deskAccess(client: DiscordOAuthClient, accessToken: string, policy: AdminAccessPolicy): Promise<string | null> {
  const guilds = (await client.guilds(accessToken)).filter((g) => policy.adminGuilds.includes(g.id));
  for (const guild of guilds) {
    const canManageServer = guild.owner || hasManageGuild(guild.permissions);
    if (decideAdminAccess(policy, { guildId: guild.id, canManageServer, roleIds: [] }).allowed) return guild.id;
  }
  if (!policy.adminRoleId) return null;
  for (const guild of guilds) {
    const roleIds = (await client.memberRoles(accessToken, guild.id)) ?? [];
    if (decideAdminAccess(policy, { guildId: guild.id, canManageServer: false, roleIds }).allowed) return guild.id;
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
