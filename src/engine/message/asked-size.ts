/**
 * Questions for how big something is ("how big were the containers", "hvor store var kontainerne", "what size is a
 * shell"): only a text giving a measure or a size answers them. "Three other, smaller wagons" compares; it measures
 * nothing. How large an amount is ("hvor store mengder", "how big a number") asks a quantity, not a size.
 */
const HOW = new Set(['how', 'hvor', 'kor', 'ko', 'hvour']);
const BIG = new Set(['big', 'large', 'stor', 'store', 'stort', 'diger', 'svær']);
// prettier-ignore
const SIZE_WORDS = new Set(['size', 'sizes', 'størrelse', 'størrelsen', 'størrelser', 'storleik', 'storleiken', 'dimensions', 'dimensjoner', 'dimensjonene']);
// prettier-ignore
const AMOUNT = new Set([
  'mengder', 'mengde', 'mengdene', 'quantity', 'quantities', 'amount', 'amounts', 'number', 'numbers', 'antall', 'del', 'share', 'part',
  'deal', 'problem', 'difference', 'forskjell', 'forskjellen', 'handel', 'handelen', 'trade',
  // How big a delivery is: how much it holds.
  'shipment', 'shipments', 'delivery', 'deliveries', 'leveranse', 'leveransen', 'leveransene', 'forsendelse', 'forsendelsen', 'sending', 'sendinga',
  'sendingen', 'order', 'ordre', 'ordren', 'avtale', 'avtalen',
]);

/** Whether a question, from its lower-cased tokens, asks how big something is. */
export function asksSize(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (SIZE_WORDS.has(t)) return true;
    if (!BIG.has(t) || !HOW.has(tokens[i - 1] ?? '')) continue;
    // "How big a quantity", "hvor store mengder": an amount.
    if (tokens.slice(i + 1, i + 4).some((w) => AMOUNT.has(w))) continue;
    return true;
  }
  return false;
}

/** Whether a text gives a size: a measure in units, or says what size. */
export const TELLS_SIZE =
  /(?<![\p{L}\d])\d[\d.,]*\s?(?:m|km|cm|mm|metres?|meters?|kilometres?|kilometers?|meter|kilometer)(?!\p{L})|(?<!\p{L})(?:size|størrelse\p{L}*|storleik\p{L}*)(?!\p{L})/iu;
