import { describe, expect, it } from 'vitest';
import { adminAccessEnabled, adminAccessPolicy, decideAdminAccess } from '../../src/admin/admin-access.js';
import { loadConfig } from '../../src/config/env.js';

const NEWSROOM = '111111111111111111';
const READERS = '222222222222222222';
const ADMIN_ROLE = '333333333333333333';
const OTHER_ROLE = '444444444444444444';

describe('the admin-access rule (who may change the knowledge base)', () => {
  const policy = adminAccessPolicy(loadConfig({ FACTBOT_ADMIN_GUILDS: `${NEWSROOM}`, FACTBOT_ADMIN_ROLE: ADMIN_ROLE }));

  it('allows Manage Server or the configured admin role, only in an admin server', () => {
    expect(decideAdminAccess(policy, { guildId: NEWSROOM, canManageServer: true, roleIds: [] })).toEqual({ allowed: true });
    expect(decideAdminAccess(policy, { guildId: NEWSROOM, canManageServer: false, roleIds: [OTHER_ROLE, ADMIN_ROLE] })).toEqual({ allowed: true });
    // The same people in a server that is not an admin server: refused, even with every permission.
    expect(decideAdminAccess(policy, { guildId: READERS, canManageServer: true, roleIds: [ADMIN_ROLE] })).toEqual({ allowed: false, reason: 'otherServer' });
    expect(decideAdminAccess(policy, { guildId: null, canManageServer: true, roleIds: [ADMIN_ROLE] })).toEqual({ allowed: false, reason: 'notInServer' });
  });

  it('never counts another role as the admin role', () => {
    expect(decideAdminAccess(policy, { guildId: NEWSROOM, canManageServer: false, roleIds: [OTHER_ROLE, NEWSROOM] })).toEqual({
      allowed: false,
      reason: 'notAdmin',
    });
  });

  it('with no admin role configured (the default), a member with roles is still refused', () => {
    const noRole = adminAccessPolicy(loadConfig({ FACTBOT_ADMIN_GUILDS: NEWSROOM }));
    expect(noRole.adminRoleId).toBeUndefined();
    expect(decideAdminAccess(noRole, { guildId: NEWSROOM, canManageServer: false, roleIds: [OTHER_ROLE, ADMIN_ROLE] })).toEqual({
      allowed: false,
      reason: 'notAdmin',
    });
    expect(decideAdminAccess(noRole, { guildId: NEWSROOM, canManageServer: false, roleIds: [] })).toEqual({ allowed: false, reason: 'notAdmin' });
    expect(decideAdminAccess({ adminGuilds: [NEWSROOM], adminRoleId: '' }, { guildId: NEWSROOM, canManageServer: false, roleIds: [''] })).toEqual({
      allowed: false,
      reason: 'notAdmin',
    });
  });

  it('without FACTBOT_ADMIN_GUILDS nobody may, not even a server owner', () => {
    const off = adminAccessPolicy(loadConfig({ FACTBOT_ADMIN_ROLE: ADMIN_ROLE }));
    expect(adminAccessEnabled(off)).toBe(false);
    expect(decideAdminAccess(off, { guildId: NEWSROOM, canManageServer: true, roleIds: [ADMIN_ROLE] })).toEqual({ allowed: false, reason: 'disabled' });
    expect(adminAccessEnabled(policy)).toBe(true);
  });

  it('FACTBOT_ADMIN_GUILDS is validated at start-up and named when wrong', () => {
    expect(loadConfig({ FACTBOT_ADMIN_GUILDS: ` ${NEWSROOM}, ${READERS} ` }).FACTBOT_ADMIN_GUILDS).toEqual([NEWSROOM, READERS]);
    expect(() => loadConfig({ FACTBOT_ADMIN_GUILDS: 'newsroom' })).toThrow(/FACTBOT_ADMIN_GUILDS/);
  });
});
