/** Which ronde a scale shows faded below its axis: the last one fixed. */
import type { Localized } from '../i18n.js';
import { localizeDay, type Ronde } from './rondes.js';
import type { Compared } from './scale.js';

/**
 * The last fixed ronde, labelled "Vorige ronde · 3 maart 2026" (and "· niemand" on a scale nobody
 * stood on then); without rondes, the hint `none` and nothing to draw. The last one, because a group meets again to see how far it came since.
 */
export function comparedRonde(
  rondes: readonly Ronde[],
  texts: { none: Localized; previous: Localized; nobody: Localized },
): Compared {
  const last = rondes.at(-1);
  if (!last) return { label: texts.none, markers: [] };
  const day = localizeDay(last.date);
  const label = { nl: `${texts.previous.nl} · ${day.nl}`, en: `${texts.previous.en} · ${day.en}` };
  return {
    label,
    markers: last.markers,
    nobody: { nl: `${label.nl} · ${texts.nobody.nl}`, en: `${label.en} · ${texts.nobody.en}` },
  };
}
