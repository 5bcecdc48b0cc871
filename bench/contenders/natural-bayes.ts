import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier.js';
import stemmerNo from 'natural/lib/natural/stemmers/porter_stemmer_no.js';
import stemmerEn from 'natural/lib/natural/stemmers/porter_stemmer.js';
import AggressiveTokenizerNo from 'natural/lib/natural/tokenizers/aggressive_tokenizer_no.js';
import type { Lang } from '../../src/kb/languages.js';
import { packageVersion } from '../paths.js';
import { NONE, type Contender } from './contender.js';

/**
 * The plain "intents with natural" approach, done properly for two languages: one BayesClassifier
 * per language with natural's own Porter stemmer for it (Norwegian / English), and a third
 * BayesClassifier trained on the same texts labelled nb/en to pick the language (natural has no
 * language detector; its word features keep the function words, which carry the language).
 * Confidence is the winner's share of the classes' probabilities.
 */
export const naturalBayes: Contender = {
  id: 'natural-bayes',
  label: 'natural BayesClassifier',
  decidesItself: false,
  version: () => `natural ${packageVersion('natural')}`,
  build({ texts }) {
    const tokenizer = new AggressiveTokenizerNo();
    const words = { tokenizeAndStem: (text: string) => tokenizer.tokenize(text.toLowerCase()) };
    const language = new BayesClassifier(words);
    const byLang: Record<Lang, BayesClassifier> = { nb: new BayesClassifier(stemmerNo), en: new BayesClassifier(stemmerEn) };
    for (const t of texts) {
      byLang[t.lang].addDocument(t.text, t.intent);
      language.addDocument(t.text, t.lang);
    }
    byLang.nb.train();
    byLang.en.train();
    language.train();
    return {
      ask(question) {
        const lang = language.classify(question) === 'en' ? 'en' : 'nb';
        const ranked = byLang[lang].getClassifications(question);
        const top = ranked[0];
        const total = ranked.reduce((s, c) => s + c.value, 0);
        if (!top || !(total > 0)) return { intent: null, score: 0, lang };
        return { intent: top.label === NONE ? null : top.label, score: top.value / total, lang };
      },
    };
  },
};
