// natural's index pulls in every storage backend and dotenv, so we import submodules directly;
// they ship no type declarations of their own.
declare module 'natural/lib/natural/stemmers/porter_stemmer_no.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  export function DamerauLevenshteinDistance(
    a: string,
    b: string,
    options?: { restricted?: boolean; insertion_cost?: number; deletion_cost?: number; substitution_cost?: number; transposition_cost?: number },
  ): number;
}
declare module 'natural/lib/natural/classifiers/bayes_classifier.js' {
  export default class BayesClassifier {
    constructor(stemmer?: unknown, smoothing?: number);
    addDocument(text: string | string[], classification: string): void;
    train(): void;
    getClassifications(observation: string | string[]): Array<{ label: string; value: number }>;
    classify(observation: string | string[]): string;
  }
}
