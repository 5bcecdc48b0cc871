import { createApp, type FactbotApp } from '../app/factbot-app.js';
import { loadConfig, type Config } from '../config/env.js';
import { uiLanguage } from '../i18n/ui-language.js';
import type { Lang } from '../kb/languages.js';
import { createLogger, type Logger } from '../logging/logger.js';

/** What every command gets: config, a logger on stderr, and the app opened on first use. */
export class CliContext {
  readonly config: Config;
  private log: Logger | undefined;
  /** The language of the command line's own messages, from the system locale. */
  readonly uiLang: Lang;
  private app: FactbotApp | undefined;

  constructor(env: NodeJS.ProcessEnv = process.env) {
    this.config = loadConfig(env);
    this.uiLang = uiLanguage(env);
  }

  /** Made on first use: most commands never log, and start faster without it. */
  get logger(): Logger {
    this.log ??= createLogger(this.config.LOG_LEVEL);
    return this.log;
  }

  open(): FactbotApp {
    this.app ??= createApp(this.config);
    return this.app;
  }

  close(): void {
    this.app?.close();
  }
}
