/**
 * The words that open a question for something (who, what, where …) in English, Bokmål, Nynorsk and spoken forms, as
 * the tokenizer leaves them ("whats" for "what's"): a message holding one asks something, whatever else it says.
 */
// prettier-ignore
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'who', 'what', 'whats', 'when', 'where', 'why', 'how', 'which', 'hvem', 'hva', 'når', 'hvor', 'hvorfor', 'hvordan', 'hvilken', 'hvilket',
  'hvilke', 'kven', 'kva', 'kvar', 'kvifor', 'korleis', 'kor', 'ka', 'kem', 'koss', 'åssen',
  // Old written Bokmål (Riksmål): "hvad", "hvorledes".
  'hvad', 'hvorledes',
]);
