/**
 * Column widths for a harvest table in the PDF: each column gets a share of the page width by how
 * much text it holds, but never less than a readable minimum, so a long "verhaal" column wraps and
 * a short "datum" column stays narrow.
 */

/** The smallest share of the width any column gets. */
const MIN_SHARE = 0.08;
/** Text beyond this length counts no more: one very long cell should not starve the others. */
const MAX_WEIGHT = 60;

export function columnWidths(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  width: number,
): number[] {
  const count = header.length;
  if (count === 0) return [];
  const weights = header.map((label, column) => {
    const lengths = rows.map((row) => Math.min(MAX_WEIGHT, (row[column] ?? '').length));
    const average = lengths.length ? lengths.reduce((a, b) => a + b, 0) / lengths.length : 0;
    return Math.max(label.length, average, 4);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const minShare = Math.min(MIN_SHARE, 1 / count);
  const shares = weights.map((weight) => Math.max(minShare, weight / total));
  const sum = shares.reduce((a, b) => a + b, 0);
  return shares.map((share) => (share / sum) * width);
}
