import type { Entry, Source } from '../kb/knowledge-base.js';
import type { ConversationIntent } from '../kb/conversation-intents.js';
import type { Lang } from '../kb/languages.js';
import { formatList, type Translate, type TranslationKey } from '../i18n/translator.js';
import type { AnswerNote, DeclineReason, EngineAnswer, SourceRef, Suggestion } from './answer.js';
import { localizedName } from '../kb/source-name.js';

interface Base {
  question: string;
  lang: Lang;
  confidence: number;
}

/**
 * Writes answers from knowledge-base entries and locale strings. Every fact answer carries its
 * status word and who it is attributed to, so a claim never reads as a plain fact.
 */
export class AnswerComposer {
  // Answers depend only on the entry and the language: compose each once (i18next is not free).
  private readonly composed = new Map<string, Omit<EngineAnswer, keyof Base>>();

  private readonly t: Translate;

  constructor(
    translate: Translate,
    private readonly sources: ReadonlyMap<string, Source>,
  ) {
    this.t = remembered(translate);
  }

  entry(base: Base, entry: Entry, related?: Entry, note?: AnswerNote): EngineAnswer {
    const key = `${entry.id}|${base.lang}|${related?.id ?? ''}|${note ?? ''}`;
    let parts = this.composed.get(key);
    if (!parts) this.composed.set(key, (parts = this.composeEntry(base.lang, entry, related, note)));
    return answerFrom(base, parts);
  }

  private composeEntry(lang: Lang, entry: Entry, related?: Entry, note?: AnswerNote): Omit<EngineAnswer, keyof Base> {
    const statusLabel = this.t(`status.${entry.status}`, lang);
    const sources: SourceRef[] = entry.sources.flatMap((id) => {
      const s = this.sources.get(id);
      return s ? [{ id, name: localizedName(s, lang), description: s.description[lang] }] : [];
    });
    const names = sources.map((s) => s.name);
    const noteText = note && this.t(`answer.${note}`, lang);
    const lines = [this.t('answer.entry', lang, { status: statusLabel, answer: entry.answer[lang] })];
    if (noteText) lines.unshift(noteText);
    if (names.length) lines.push(this.t('answer.attribution', lang, { count: names.length, sources: formatList(names, lang, this.t) }));
    if (related) lines.push(this.t('answer.related', lang, { title: related.title[lang] }));
    return {
      intent: entry.id,
      status: entry.status,
      answer: lines.join('\n'),
      sources: names,
      kind: 'entry',
      suggestions: [],
      entry: { id: entry.id, title: entry.title[lang], statusLabel, body: entry.answer[lang], sources, ...(noteText ? { note: noteText } : {}) },
      ...(related ? { related: { id: related.id, title: related.title[lang] } } : {}),
    };
  }

  /**
   * Several entries answering one question together, in order ("what did each of the pictures show"): each one's status
   * and text, then everyone they are attributed to. The first is the answer's entry; the others follow in its text.
   */
  entries(base: Base, entries: readonly Entry[]): EngineAnswer {
    const [first, ...rest] = entries;
    if (rest.length === 0) return this.entry(base, first!);
    const { lang } = base;
    const parts = entries.map((e) => this.composeEntry(lang, e));
    const names = [...new Set(parts.flatMap((p) => p.sources))];
    const sources = [...new Map(parts.flatMap((p) => p.entry!.sources).map((s) => [s.id, s])).values()];
    const texts = entries.map((e, i) => this.t('answer.entry', lang, { status: parts[i]!.entry!.statusLabel, answer: e.answer[lang] }));
    const lines = [...texts];
    if (names.length) lines.push(this.t('answer.attribution', lang, { count: names.length, sources: formatList(names, lang, this.t) }));
    const body = texts.join('\n\n');
    const title = entries.map((e) => e.title[lang]).join(' · ');
    return answerFrom(base, { ...parts[0]!, answer: lines.join('\n'), sources: names, entry: { ...parts[0]!.entry!, title, body, sources } });
  }

  /** An entry's answer with its text in another language beside it, for a question asking for a word of it in that language. */
  withTextIn(answer: EngineAnswer, entry: Entry, other: Lang): EngineAnswer {
    if (answer.entry === undefined || other === answer.lang) return answer;
    const body = entry.answer[other];
    const line = this.t(`answer.textIn.${other}`, answer.lang, { text: body });
    return { ...answer, answer: `${answer.answer}\n${line}`, entry: { ...answer.entry, textIn: { lang: other, body } } };
  }

  conversation(base: Base, intent: ConversationIntent): EngineAnswer {
    return this.plain(base, intent, 'conversation', `conversation.${intent}`);
  }

  /** A declined question: why, and the entries that come close (numbered, for the asker to pick). */
  declined(base: Base, reason: DeclineReason, offered: readonly Entry[]): EngineAnswer {
    if (reason === 'unknown') return this.plain(base, null, 'declined', 'answer.declined', reason);
    const { lang } = base;
    const key = `declined|${reason}|${lang}|${offered.map((e) => e.id).join(',')}`;
    let parts = this.composed.get(key);
    if (!parts) {
      const suggestions: Suggestion[] = offered.map((e) => ({ id: e.id, title: e.title[lang] }));
      const lines = [this.t(DECLINE_TEXT[reason], lang)];
      if (suggestions.length) {
        lines.push(this.t(reason === 'unsure' ? 'answer.suggestionsIntro' : 'answer.suggestionsIntroTopic', lang));
        suggestions.forEach((s, i) => lines.push(this.t('answer.suggestionItem', lang, { number: i + 1, title: s.title })));
      }
      parts = { intent: null, status: null, answer: lines.join('\n'), sources: [], kind: 'declined', declineReason: reason, suggestions };
      this.composed.set(key, parts);
    }
    return answerFrom(base, parts);
  }

  empty(base: Base): EngineAnswer {
    return this.plain(base, null, 'empty', 'answer.empty');
  }

  private plain(base: Base, intent: string | null, kind: EngineAnswer['kind'], key: TranslationKey, declineReason?: DeclineReason): EngineAnswer {
    const cacheKey = `${key}|${base.lang}`;
    let parts = this.composed.get(cacheKey);
    if (!parts) {
      const answer = this.t(key, base.lang, { examples: this.t('answer.examples', base.lang) });
      parts = { intent, status: null, answer, sources: [], kind, suggestions: [], ...(declineReason ? { declineReason } : {}) };
      this.composed.set(cacheKey, parts);
    }
    return answerFrom(base, parts);
  }
}

/**
 * Each line translated once: a new combination of suggestions (or a new runner-up beside an
 * answer) is made of lines already written for others. A line with values is filled in from its
 * template, translated once per key and language (and count, which picks the plural form) with a
 * marker for each value: an i18next call costs more than matching a question, most of all on the
 * first questions, before V8 has optimised it.
 */
function remembered(t: Translate): Translate {
  const lines = new Map<string, string>();
  const templates = new Map<string, string>();
  return (key, lang, values) => {
    const id = values ? `${key}|${lang}|${JSON.stringify(values)}` : `${key}|${lang}`;
    let line = lines.get(id);
    if (line === undefined) lines.set(id, (line = values && fillable(values) ? filled(t, templates, key, lang, values) : t(key, lang, values)));
    return line;
  };
}

// Around a value's name in a template: no text of ours has it.
const MARK = '\u0000';

/** Values i18next only writes into the text as they are: strings (none that i18next would read as its own syntax) and numbers. */
function fillable(values: Record<string, unknown>): boolean {
  for (const name in values) {
    const value = values[name];
    if (typeof value === 'number') continue;
    if (typeof value !== 'string' || value.includes('{{') || value.includes('$t(') || value.includes(MARK)) return false;
  }
  return true;
}

function filled(t: Translate, templates: Map<string, string>, key: TranslationKey, lang: Lang, values: Record<string, unknown>): string {
  const names = Object.keys(values).sort();
  const count = values.count;
  const id = `${key}|${lang}|${names.join(',')}|${typeof count === 'number' ? count : ''}`;
  let template = templates.get(id);
  if (template === undefined) {
    const marked: Record<string, unknown> = {};
    // The count stays a number: it chooses the form ("Source" / "Sources").
    for (const name of names) marked[name] = name === 'count' && typeof count === 'number' ? count : `${MARK}${name}${MARK}`;
    templates.set(id, (template = t(key, lang, marked)));
  }
  let line = template;
  for (const name of names) line = line.split(`${MARK}${name}${MARK}`).join(String(values[name]));
  return line;
}

/**
 * The answer for one question from its cached parts. Object.assign, not `{ ...base, ...parts }`:
 * V8 copies a second spread on a slow path (about 14 µs an answer, more than matching it).
 */
function answerFrom(base: Base, parts: Omit<EngineAnswer, keyof Base>): EngineAnswer {
  return Object.assign({ question: base.question, lang: base.lang, confidence: base.confidence }, parts);
}

const DECLINE_TEXT: Record<Exclude<DeclineReason, 'unknown'>, TranslationKey> = {
  unsure: 'answer.declinedUnsure',
  detail: 'answer.declinedDetail',
  future: 'answer.declinedFuture',
  hypothetical: 'answer.declinedHypothetical',
  opinion: 'answer.declinedOpinion',
  personal: 'answer.declinedPersonal',
  instruction: 'answer.declinedInstruction',
};
