/**
 * The markers in the harvest: per scale, every fixed ronde and the markers standing now, each
 * person with their value, the group's median and spread, and a chart with one row per ronde.
 * The werkvormen with scales (schaalvraag, energiemeter) add their cards' tables to these.
 */
import type { BoardCard } from '../cards/BoardCard.js';
import type { Localized } from '../i18n.js';
import type {
  HarvestCell,
  HarvestChart,
  HarvestColumn,
  HarvestTable,
} from '../werkvormen/Harvest.js';
import { rondeLabel, standingMarkers, type Ronde, type RondeMarker } from './rondes.js';
import { SCALE_MAX, SCALE_MIN, type Meter, type ScaleLayout } from './scale.js';
import { localizeNumber, scaleStats, type ScaleStats } from './scaleStats.js';

/** A person's value at one moment. */
export interface MarkerValue {
  owner: string;
  name: string;
  colour: string;
  value: number;
}

/** One moment on one scale: a fixed ronde, or now. */
export interface ScaleMoment extends ScaleStats {
  /** The ronde's id, or `nu` for the markers standing now. */
  id: string;
  label: Localized;
  /** The ronde's day (`YYYY-MM-DD`); `null` for now. */
  date: string | null;
  /** In name order. */
  values: MarkerValue[];
}

export interface ScaleHarvest {
  meterId: string;
  label: Localized;
  /**
   * The fixed rondes, oldest first, then now: left out when rondes exist and no marker stands on
   * any scale. Every scale of a board has the same moments.
   */
  moments: ScaleMoment[];
}

export const NOW_ID = 'nu';

const L = {
  nu: { nl: 'Nu', en: 'Now' },
  schaal: { nl: 'Schaal', en: 'Scale' },
  ronde: { nl: 'Ronde', en: 'Round' },
  persoon: { nl: 'Persoon', en: 'Person' },
  waarde: { nl: 'Waarde', en: 'Value' },
  aantal: { nl: 'Aantal', en: 'Count' },
  mediaan: { nl: 'Mediaan', en: 'Median' },
  laagste: { nl: 'Laagste', en: 'Lowest' },
  hoogste: { nl: 'Hoogste', en: 'Highest' },
  spreiding: { nl: 'Spreiding', en: 'Spread' },
  markeringen: { nl: 'Markeringen', en: 'Markers' },
  verdeling: { nl: 'Mediaan en spreiding', en: 'Median and spread' },
  toenEnNu: { nl: 'Van ronde tot ronde', en: 'From round to round' },
} satisfies Record<string, Localized>;

function moment(
  id: string,
  label: Localized,
  date: string | null,
  markers: readonly RondeMarker[],
  meterId: string,
): ScaleMoment {
  const values = markers
    .filter((marker) => marker.meter === meterId)
    .map(({ owner, name, colour, value }) => ({ owner, name, colour, value }));
  return { id, label, date, values, ...scaleStats(values.map((v) => v.value)) };
}

/** Per scale of the layout: its rondes and now. */
export function harvestScales(
  cards: readonly BoardCard[],
  layout: ScaleLayout,
  rondes: readonly Ronde[],
): ScaleHarvest[] {
  const standing = standingMarkers(cards, layout);
  const withNow = standing.length > 0 || rondes.length === 0;
  return layout.meters.map((meter) => {
    const moments = rondes.map((ronde) =>
      moment(ronde.id, rondeLabel(rondes, ronde), ronde.date, ronde.markers, meter.id),
    );
    if (withNow) moments.push(moment(NOW_ID, L.nu, null, standing, meter.id));
    return { meterId: meter.id, label: meter.label, moments };
  });
}

/** The tables of the scales: every marker, the median and spread, and each person from ronde to ronde. */
export function scaleTables(scales: readonly ScaleHarvest[]): HarvestTable[] {
  // With one scale its name would only repeat itself in every row.
  const named = scales.length > 1;
  const lead = (scale: ScaleHarvest): HarvestCell[] => (named ? [scale.label] : []);
  const leadColumn: HarvestColumn[] = named ? [{ key: 'schaal', label: L.schaal }] : [];
  // An anonymous board's markers name nobody: no column of empty names.
  const people = scales.some((scale) => scale.moments.some((m) => m.values.some((v) => v.name)));
  const personColumn: HarvestColumn[] = people ? [{ key: 'persoon', label: L.persoon }] : [];
  const markerRows = scales.flatMap((scale) =>
    scale.moments.flatMap((m) =>
      m.values.map((v): HarvestCell[] => [
        ...lead(scale),
        m.label,
        ...(people ? [v.name] : []),
        String(v.value),
      ]),
    ),
  );
  const statRows = scales.flatMap((scale) =>
    scale.moments.map((m): HarvestCell[] => [
      ...lead(scale),
      m.label,
      String(m.count),
      localizeNumber(m.median),
      m.min === null ? '' : String(m.min),
      m.max === null ? '' : String(m.max),
      m.spread === null ? '' : String(m.spread),
    ]),
  );
  const tables: HarvestTable[] = [
    {
      id: 'markeringen',
      title: L.markeringen,
      columns: [
        ...leadColumn,
        { key: 'ronde', label: L.ronde },
        ...personColumn,
        { key: 'waarde', label: L.waarde },
      ],
      rows: markerRows,
    },
    {
      id: 'verdeling',
      title: L.verdeling,
      columns: [
        ...leadColumn,
        { key: 'ronde', label: L.ronde },
        { key: 'aantal', label: L.aantal },
        { key: 'mediaan', label: L.mediaan },
        { key: 'laagste', label: L.laagste },
        { key: 'hoogste', label: L.hoogste },
        { key: 'spreiding', label: L.spreiding },
      ],
      rows: statRows,
    },
  ];
  if ((scales[0]?.moments.length ?? 0) > 1) tables.push(fromRondeToRonde(scales, named, people));
  return tables;
}

/**
 * A row per person and scale, a column per moment: where each stood then and now. People are
 * told apart by their user id; the name shown is their latest.
 */
function fromRondeToRonde(
  scales: readonly ScaleHarvest[],
  named: boolean,
  people: boolean,
): HarvestTable {
  const moments = scales[0]?.moments ?? [];
  const rows: HarvestCell[][] = [];
  for (const scale of scales) {
    const byOwner = new Map<string, string>();
    for (const m of scale.moments) for (const v of m.values) byOwner.set(v.owner, v.name);
    const ordered = [...byOwner].sort(([, a], [, b]) => a.localeCompare(b, 'nl'));
    for (const [owner, name] of ordered) {
      const cells = scale.moments.map((m) => {
        const value = m.values.find((v) => v.owner === owner)?.value;
        return value === undefined ? '' : String(value);
      });
      rows.push([...(named ? [scale.label] : []), ...(people ? [name] : []), ...cells]);
    }
  }
  return {
    id: 'toen-en-nu',
    title: L.toenEnNu,
    columns: [
      ...(named ? [{ key: 'schaal', label: L.schaal }] : []),
      ...(people ? [{ key: 'persoon', label: L.persoon }] : []),
      ...moments.map((m) => ({ key: m.id, label: m.label })),
    ],
    rows,
  };
}

/** One chart per scale, one row per moment. */
export function scaleCharts(scales: readonly ScaleHarvest[], layout: ScaleLayout): HarvestChart[] {
  return scales.flatMap((scale) => {
    const meter: Meter | undefined = layout.meters.find((m) => m.id === scale.meterId);
    if (!meter) return [];
    return [
      {
        kind: 'scale',
        id: `schaal-${scale.meterId}`,
        title: scale.label,
        min: SCALE_MIN,
        max: SCALE_MAX,
        minLabel: meter.minLabel,
        maxLabel: meter.maxLabel,
        series: scale.moments.map((m) => ({
          label: m.label,
          points: m.values.map(({ name, colour, value }) => ({ name, colour, value })),
          median: m.median,
          range: m.min === null || m.max === null ? null : { min: m.min, max: m.max },
        })),
      },
    ];
  });
}
