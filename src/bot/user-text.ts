import { escapeMarkdown } from 'discord.js';

const ZWSP = '\u200b';

/**
 * Text a user wrote, made safe to show back in an embed (the question echoed above an answer):
 * Markdown shows as typed — no masked links dressed as sources, no headings, quotes, lists, bold —
 * and mention syntax (<@user>, <@&role>, <#channel>, </command:id>, @everyone, @here) is broken
 * with a zero-width space so it shows as text, never as a pill. allowed_mentions already keeps
 * anything from pinging; this keeps it from looking like it did.
 */
export function escapeUserText(text: string): string {
  const escaped = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  return escaped
    .replace(/\]\(/g, `]${ZWSP}(`)
    .replace(/^(\s*)(-#|>)/gm, '$1\\$2')
    .replace(/<(?=[@#/]|id:)/g, `<${ZWSP}`)
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`);
}
