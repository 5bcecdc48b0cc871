// natural submodules the bench uses beyond those declared in src/types/natural.d.ts.
declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer_no.js' {
  export default class AggressiveTokenizerNo {
    tokenize(text: string): string[];
  }
}
