/**
 * Line wrapping for card texts in an SVG export. SVG has no text flow, so lines are broken here by
 * an estimated character width: exports need a readable card, not a pixel copy of the HTML.
 */

/** The average advance of a character of the export font, as a share of the font size. */
const CHAR_WIDTH = 0.55;

/** How many characters of `fontSize` fit on one line of `width`. */
export function charsPerLine(width: number, fontSize: number): number {
  return Math.max(1, Math.floor(width / (fontSize * CHAR_WIDTH)));
}

/**
 * `text` broken into lines of at most `maxChars` characters, on spaces where possible, keeping the
 * author's own line breaks; at most `maxLines` lines, the last one ending in "…" when text is cut.
 */
export function wrapText(text: string, maxChars: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let rest = word;
      while (rest.length > maxChars) {
        // A word longer than a line is cut hard.
        if (line) lines.push(line);
        lines.push(rest.slice(0, maxChars));
        rest = rest.slice(maxChars);
        line = '';
      }
      if (!line) line = rest;
      else if (line.length + 1 + rest.length <= maxChars) line += ` ${rest}`;
      else {
        lines.push(line);
        line = rest;
      }
    }
    lines.push(line);
  }
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = (kept[maxLines - 1] ?? '').slice(0, Math.max(0, maxChars - 1)).trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}
