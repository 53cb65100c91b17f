/**
 * A number typed with its own label ("Mitgliedsnr. 200417", "Acct 300912", "Quote Q-2291",
 * "n° 4471"): a letter puts no label of its own before it.
 */
const OWN_LABEL = /^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F.°º'’-]*\s+(?:[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F.°º'’-]*\s+)?\S*\d/;

export function hasOwnLabel(text: string): boolean {
  return OWN_LABEL.test(text.trim());
}
