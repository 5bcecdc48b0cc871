import type { Entry, Source } from '../kb/knowledge-base.js';
import type { ConversationIntent } from '../kb/conversation-intents.js';
import type { Lang } from '../kb/languages.js';
import { formatList, type Translate } from '../i18n/translator.js';
import type { EngineAnswer, SourceRef } from './answer.js';

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
  constructor(
    private readonly t: Translate,
    private readonly sources: ReadonlyMap<string, Source>,
  ) {}

  entry(base: Base, entry: Entry, related?: Entry): EngineAnswer {
    const { lang } = base;
    const statusLabel = this.t(`status.${entry.status}`, lang);
    const sources: SourceRef[] = entry.sources.flatMap((id) => {
      const s = this.sources.get(id);
      return s ? [{ id, name: s.name, description: s.description[lang] }] : [];
    });
    const names = sources.map((s) => s.name);
    const lines = [this.t('answer.entry', lang, { status: statusLabel, answer: entry.answer[lang] })];
    if (names.length) lines.push(this.t('answer.attribution', lang, { count: names.length, sources: formatList(names, lang) }));
    if (related) lines.push(this.t('answer.related', lang, { title: related.title[lang] }));
    return {
      ...base,
      intent: entry.id,
      status: entry.status,
      answer: lines.join('\n'),
      sources: names,
      kind: 'entry',
      entry: { id: entry.id, title: entry.title[lang], statusLabel, body: entry.answer[lang], sources },
      ...(related ? { related: { id: related.id, title: related.title[lang] } } : {}),
    };
  }

  conversation(base: Base, intent: ConversationIntent): EngineAnswer {
    const examples = this.t('answer.examples', base.lang);
    return this.plain(base, intent, 'conversation', this.t(`conversation.${intent}`, base.lang, { examples }));
  }

  declined(base: Base): EngineAnswer {
    const examples = this.t('answer.examples', base.lang);
    return this.plain(base, null, 'declined', this.t('answer.declined', base.lang, { examples }));
  }

  empty(base: Base): EngineAnswer {
    const examples = this.t('answer.examples', base.lang);
    return this.plain(base, null, 'empty', this.t('answer.empty', base.lang, { examples }));
  }

  private plain(base: Base, intent: string | null, kind: EngineAnswer['kind'], answer: string): EngineAnswer {
    return { ...base, intent, status: null, answer, sources: [], kind };
  }
}
