/**
 * A number typed with its own label ("Mitgliedsnr. 200417", "Acct 300912", "Quote Q-2291",
 * "n° 4471"): a letter puts no label of its own before it.
 */
const OWN_LABEL = /^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F.°º'’-]*\s+(?:[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F.°º'’-]*\s+)?\S*\d/;

export function hasOwnLabel(text: string): boolean {
  const trimmed = text.trim();
  if (!OWN_LABEL.test(trimmed)) return false;
  // "AC 5512 0099", "ENR 4410 2231": a few capitals before the digits are the number's own letters, not a label ("ID 4471", "REF 22" are).
  const first = trimmed.split(/\s+/, 1)[0]!;
  return !/^[A-Z]{2,4}$/.test(first) || CAPITAL_LABELS.has(first);
}

/** Labels people type in capitals before a number. */
const CAPITAL_LABELS = new Set(['ID', 'REF', 'NO', 'NR', 'NUM', 'ACC', 'ACCT', 'CUST', 'INV', 'ORD', 'PO', 'TEL', 'MEM']);

/**
 * A reference whose own label is typed in capitals ("ORDER NUMBER 4471-AB", "INVOICE 2291"):
 * the label in small letters, as a letter writes it; the number as typed. Short labels people
 * write in capitals ("REF 22", "ID 4471") and the number's own letters ("AC 5512") are kept.
 */
export function withLabelCalmed(reference: string): string {
  const label = /^((?:[A-Z][A-Z.'’]*\s+)+)(?=\S*\d)/.exec(reference.trim());
  if (!label || label[1]!.replace(/[^A-Z]/g, '').length < 5) return reference;
  return reference.trim().replace(label[1]!, label[1]!.toLowerCase());
}
