import type { CliContext } from '../cli-context.js';
import { LocalizedError } from '../../errors/localized-error.js';

/**
 * `desk`: the fact-checkers' web desk on this database, until Ctrl-C. In local mode it prints a
 * one-time login link (the only way in); with Discord login it prints where it listens.
 */
export async function deskCommand(ctx: CliContext, options: { port?: string; untilStdinCloses?: boolean }): Promise<void> {
  const port = options.port === undefined ? undefined : Number(options.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65_535)) throw new LocalizedError('cli.desk.badPort', { port: options.port });
  const t = ctx.open().translate;
  const { startDesk } = await import('../../desk/start-desk.js');
  const desk = await startDesk(ctx.open(), ctx.config, {
    ...(port !== undefined ? { port } : {}),
    announce: (link) => process.stdout.write(`${t('cli.desk.loginLink', ctx.uiLang, { link })}\n`),
    onError: (error) => ctx.logger.error({ err: error }, 'desk request failed'),
  });
  process.stdout.write(`${t(`cli.desk.listening.${desk.mode}`, ctx.uiLang, { url: desk.url })}\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
    // Started by `npm start` beside the bot: end when that process does.
    if (options.untilStdinCloses) process.stdin.on('end', resolve).on('close', resolve).resume();
  });
  await desk.close();
}
