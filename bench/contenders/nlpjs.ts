import basic from '@nlpjs/basic';
import langNo from '@nlpjs/lang-no';
import type { Lang } from '../../src/kb/languages.js';
import { packageVersion } from '../paths.js';
import { NONE, type Contender } from './contender.js';

/**
 * NLP.js as its README sets it up (@nlpjs/basic: container, Nlp, English) plus @nlpjs/lang-no for
 * Norwegian: one neural NLU per language, its own language guesser picking which, the
 * out-of-scope examples as its "None" intent. Its own 0.5 threshold is switched off so the bench
 * can tune one on the dev set like the others; nothing is saved or loaded from disk, and work the
 * bench does not use (sentiment, entity extraction) is off.
 */
export const nlpjs: Contender = {
  id: 'nlpjs',
  label: 'NLP.js',
  decidesItself: false,
  version: () => `@nlpjs/basic ${packageVersion('@nlpjs/basic')} + lang-no ${packageVersion('@nlpjs/lang-no')}`,
  async build({ texts }) {
    const container = await basic.containerBootstrap();
    container.use(basic.Nlp);
    container.use(basic.LangEn);
    container.use(langNo.LangNo);
    const nlp = container.get('nlp');
    Object.assign(nlp.settings, { autoSave: false, autoLoad: false, threshold: 0, calculateSentiment: false, forceNER: false });
    (nlp as unknown as { nluManager: { settings: Record<string, unknown> } }).nluManager.settings.log = false;
    nlp.addLanguage(['no', 'en']);
    for (const t of texts) nlp.addDocument(t.lang === 'nb' ? 'no' : 'en', t.text, t.intent === NONE ? 'None' : t.intent);
    await nlp.train();
    return {
      async ask(question) {
        const r = await nlp.process(question);
        const lang: Lang = r.locale === 'en' ? 'en' : 'nb';
        return { intent: !r.intent || r.intent === 'None' ? null : r.intent, score: r.score ?? 0, lang };
      },
    };
  },
};
