/**
 * The stable entry ids of ../shared/CONTRACT.md. Outside checks rely on them: they can be retired,
 * never renamed or deleted (an import that leaves one out is warned about).
 */
export const CONTRACT_IDS: readonly string[] = [
  'claim-arms-supply',
  'white-house-shells',
  'covert-shipments',
  'us-monitoring',
  'dprk-denial',
  'train-crossing',
  'first-in-years',
  'image-analysis',
  'image-1024',
  'image-1310',
  'image-1429',
  'cargo-unknown',
  'transloading-unconfirmed',
  'friendship-bridge',
  'horse-train',
  'kim-horses',
  'un-arms-ban',
  'sanctions-enforcement',
  'missile-tests',
  'putin-kim-letters',
  'history-1948',
  'soviet-aid',
  'article-about',
];

export function isContractId(id: string): boolean {
  return CONTRACT_IDS.includes(id);
}
