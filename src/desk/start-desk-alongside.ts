import { createApp } from '../app/factbot-app.js';
import type { Config } from '../config/env.js';
import { createTranslator } from '../i18n/translator.js';
import { uiLanguage } from '../i18n/ui-language.js';
import { createLogger } from '../logging/logger.js';
import { startDesk } from './start-desk.js';

/**
 * `npm start` with FACTBOT_DESK_PORT: the desk in this process beside the bot (or the chat), on
 * its own connection to the database. The login link / address goes to stderr, so a terminal
 * chat on stdout stays clean.
 */
export async function startDeskAlongside(config: Config): Promise<void> {
  const app = createApp(config);
  const t = createTranslator();
  const lang = uiLanguage(process.env);
  const logger = createLogger(config.LOG_LEVEL);
  const desk = await startDesk(app, config, {
    announce: (link) => process.stderr.write(`${t('cli.desk.loginLink', lang, { link })}\n`),
    onError: (error) => logger.error({ err: error }, 'desk request failed'),
  });
  process.stderr.write(`${t(`cli.desk.listening.${desk.mode}`, lang, { url: desk.url })}\n`);
}
