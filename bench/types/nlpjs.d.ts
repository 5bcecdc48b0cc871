// NLP.js ships no type declarations; these cover what the bench uses.
declare module '@nlpjs/basic' {
  export interface NlpResult {
    locale?: string;
    utterance: string;
    intent: string;
    score: number;
    classifications?: Array<{ intent: string; score: number }>;
  }
  export interface NlpInstance {
    settings: Record<string, unknown>;
    addLanguage(locales: string | string[]): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<unknown>;
    process(utterance: string): Promise<NlpResult>;
    process(locale: string, utterance: string): Promise<NlpResult>;
  }
  export interface Container {
    use(plugin: unknown): void;
    get(name: 'nlp'): NlpInstance;
    get(name: string): unknown;
  }
  const basic: {
    containerBootstrap(settings?: unknown): Promise<Container>;
    Nlp: unknown;
    LangEn: unknown;
  };
  export default basic;
}

declare module '@nlpjs/lang-no' {
  const langNo: { LangNo: unknown };
  export default langNo;
}
