#!/usr/bin/env node
/**
 * `npm run deploy-commands`: registers the commands with Discord by one REST PUT (replacing the
 * previous set) — to DISCORD_GUILD_ID when set (instant, for development), else globally. Run it
 * when the commands or their translations change; the bot never does this on start-up.
 */
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { uiLanguage } from '../i18n/ui-language.js';
import type { Config } from '../config/env.js';
import { createTranslator, type Translate } from '../i18n/translator.js';
import { commandDefinitions } from './commands/index.js';
import { inviteText } from './invite-url.js';
import { describeProblem, loadConfigOrExplain } from './operator-message.js';
import { isTokenRejected } from './run-bot.js';

export interface DeployResult {
  scope: 'guild' | 'global';
  count: number;
}

export class DeployNotConfiguredError extends Error {
  constructor() {
    super('DISCORD_TOKEN and DISCORD_APPLICATION_ID are needed to deploy commands');
    this.name = 'DeployNotConfiguredError';
  }
}

export async function deployCommands(
  config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_APPLICATION_ID' | 'DISCORD_GUILD_ID' | 'DISCORD_API_BASE'>,
  translate: Translate,
): Promise<DeployResult> {
  const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId, DISCORD_GUILD_ID: guildId } = config;
  if (!token || !applicationId) throw new DeployNotConfiguredError();
  const rest = new REST({ api: config.DISCORD_API_BASE }).setToken(token);
  const body = commandDefinitions(translate);
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  const deployed = (await rest.put(route, { body })) as unknown[];
  return { scope: guildId ? 'guild' : 'global', count: deployed.length };
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
    const result = await deployCommands(config, t);
    process.stdout.write(
      `${result.scope === 'guild'
        ? t('discord.operator.deployedGuild', lang, { count: result.count, guild: config.DISCORD_GUILD_ID })
        : t('discord.operator.deployedGlobal', lang, { count: result.count })}\n`,
    );
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
