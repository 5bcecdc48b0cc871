#!/usr/bin/env node
/**
 * `npm run deploy-commands`: registers the commands with Discord by REST PUTs (each replacing the
 * previous set there): the members' commands to DISCORD_GUILD_ID when set (instant, for
 * development), else globally; the admins' /kb only in the servers of FACTBOT_ADMIN_GUILDS (and
 * nowhere without it). Run it when the commands or their translations change; the bot never does
 * this on start-up.
 */
import { pathToFileURL } from 'node:url';
import { REST, Routes, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import { uiLanguage } from '../i18n/ui-language.js';
import type { Config } from '../config/env.js';
import { createTranslator, type Translate } from '../i18n/translator.js';
import { COMMAND_MODULES, commandDefinitions } from './commands/index.js';
import { inviteText } from './invite-url.js';
import { describeProblem, loadConfigOrExplain } from './operator-message.js';
import { isTokenRejected } from './run-bot.js';

/** One PUT: where, and how many commands are registered there now. */
export interface DeployResult {
  scope: 'guild' | 'global';
  guildId?: string;
  count: number;
}

export class DeployNotConfiguredError extends Error {
  constructor() {
    super('DISCORD_TOKEN and DISCORD_APPLICATION_ID are needed to deploy commands');
    this.name = 'DeployNotConfiguredError';
  }
}

export async function deployCommands(
  config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_APPLICATION_ID' | 'DISCORD_GUILD_ID' | 'DISCORD_API_BASE' | 'FACTBOT_ADMIN_GUILDS'>,
  translate: Translate,
): Promise<DeployResult[]> {
  const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId, DISCORD_GUILD_ID: guildId } = config;
  if (!token || !applicationId) throw new DeployNotConfiguredError();
  const rest = new REST({ api: config.DISCORD_API_BASE }).setToken(token);
  const members = commandDefinitions(
    translate,
    COMMAND_MODULES.filter((m) => m.audience !== 'admins'),
  );
  const admins = commandDefinitions(
    translate,
    COMMAND_MODULES.filter((m) => m.audience === 'admins'),
  );
  // A PUT replaces everything in its scope: each server gets all it should have in one body.
  const perGuild = new Map<string, RESTPostAPIApplicationCommandsJSONBody[]>();
  if (guildId) perGuild.set(guildId, [...members]);
  for (const id of config.FACTBOT_ADMIN_GUILDS ?? []) perGuild.set(id, [...(perGuild.get(id) ?? []), ...admins]);
  const results: DeployResult[] = [];
  // Globally: the members' commands (none in development, where they go to one server); never /kb.
  if (!guildId) results.push({ scope: 'global', count: ((await rest.put(Routes.applicationCommands(applicationId), { body: members })) as unknown[]).length });
  for (const [id, body] of perGuild) {
    const deployed = (await rest.put(Routes.applicationGuildCommands(applicationId, id), { body })) as unknown[];
    results.push({ scope: 'guild', guildId: id, count: deployed.length });
  }
  return results;
}

async function main(): Promise<number> {
  const t = createTranslator();
  const lang = uiLanguage(process.env);
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(`${t('discord.operator.deployHelp', lang)}\n`);
    return 0;
  }
  const config = loadConfigOrExplain(t, lang);
  if (!config) return 2;
  try {
    for (const result of await deployCommands(config, t))
      process.stdout.write(
        `${
          result.scope === 'guild'
            ? t('discord.operator.deployedGuild', lang, { count: result.count, guild: result.guildId })
            : t('discord.operator.deployedGlobal', lang, { count: result.count })
        }\n`,
      );
    if (config.FACTBOT_ADMIN_GUILDS.length === 0) process.stdout.write(`${t('discord.operator.deployedNoKb', lang)}\n`);
    process.stdout.write(inviteText(t, lang, config.DISCORD_APPLICATION_ID!));
    return 0;
  } catch (error) {
    if (error instanceof DeployNotConfiguredError) {
      process.stderr.write(`${t('discord.operator.deployMissing', lang)}\n`);
      return 2;
    }
    const problem = isTokenRejected(error) ? t('discord.operator.tokenRejected', lang) : describeProblem(error);
    process.stderr.write(`${t('discord.operator.deployFailed', lang, { problem })}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main();
