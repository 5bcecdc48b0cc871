import type { APIEmbed } from 'discord.js';

/** Discord's length limits (characters) that the bot's output must respect. */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  embedTotal: 6000,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
} as const;

const ELLIPSIS = '…';

/**
 * Cuts text to at most `max` characters, at a word boundary when one is near, with an ellipsis;
 * never splits a surrogate pair. Text that fits is returned unchanged.
 */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - ELLIPSIS.length;
  if (end <= 0) return ELLIPSIS.slice(0, max);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1; // keep surrogate pairs whole
  const head = text.slice(0, end);
  const space = head.search(/\s\S*$/);
  const clean = space > end * 0.8 ? head.slice(0, space) : head;
  return `${clean.trimEnd()}${ELLIPSIS}`;
}

function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/**
 * Applies every per-part limit, then makes the whole embed fit 6,000 characters: the description
 * gives way first, then the last fields.
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = {
    ...embed,
    ...(embed.title !== undefined ? { title: cut(embed.title, LIMITS.embedTitle) } : {}),
    ...(embed.description !== undefined ? { description: cut(embed.description, LIMITS.embedDescription) } : {}),
    ...(embed.author ? { author: { ...embed.author, name: cut(embed.author.name, LIMITS.authorName) } } : {}),
    ...(embed.footer ? { footer: { ...embed.footer, text: cut(embed.footer.text, LIMITS.footer) } } : {}),
    ...(embed.fields
      ? {
          fields: embed.fields.slice(0, LIMITS.embedFields).map((f) => ({ ...f, name: cut(f.name, LIMITS.fieldName), value: cut(f.value, LIMITS.fieldValue) })),
        }
      : {}),
  };
  let excess = embedLength(fitted) - LIMITS.embedTotal;
  if (excess > 0 && fitted.description) {
    fitted.description = cut(fitted.description, Math.max(1, fitted.description.length - excess));
    excess = embedLength(fitted) - LIMITS.embedTotal;
  }
  // Still too long (many long fields): shorten the last fields, dropping those that cannot give enough.
  const fields = fitted.fields ? [...fitted.fields] : [];
  while (excess > 0 && fields.length) {
    const last = fields.at(-1)!;
    if (last.value.length - excess >= 20) {
      fields[fields.length - 1] = { ...last, value: cut(last.value, last.value.length - excess) };
    } else fields.pop();
    fitted.fields = fields;
    excess = embedLength(fitted) - LIMITS.embedTotal;
  }
  return fitted;
}

/** Mentions and the bot's own name removed from a question before it is matched. */
export function questionText(content: string): string {
  return content
    .replace(/<@[!&]?\d+>|<#\d+>|@(?:everyone|here)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
