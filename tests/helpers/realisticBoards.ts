/**
 * Boards with a realistic amount of content, as a group leaves them after a session: what the
 * begeleider shows on the projector and what a phone must still handle. Built through the editor
 * hook in one `evaluate` per board (no clicking), from the werkvorm's own layout, so the content
 * follows the layout wherever its zones lie.
 *
 * - historielijn: 15 anekdotes over 10 years, 8 people in the volgorde van toetreding;
 * - klaag- en jubelmuur: 30 kaarten (13 klaag, 13 jubel, 4 ambitie);
 * - stakeholdermap: 15 stakeholders in 3 rings, 10 relations of every strength;
 * - cirkel van invloed: 6 people, 4 kaarten each;
 * - progressiecirkel, hoe werkte het hier?, 2x2 vragen, meerdere stemmen: 30 kaarten each by 8
 *   people (the progressiecirkel's with four laaghangend fruit);
 * - leeg bord: 20 kaarten.
 */
import {
  CENTRE,
  Historielijn,
  findWerkvorm,
  findZone,
  zoneBounds,
  type CirkelVanInvloed,
  type Layout,
  type Point,
  type RelationStrength,
  type Stakeholdermap,
} from '@werkbord/shared';
import type { Page } from 'playwright-core';
import { ZONE_SETTINGS, ZONE_WERKVORMEN, zoneBoardNotes } from './realisticZoneBoards.js';

export const PEOPLE = ['Anna', 'Bram', 'Chaimae', 'Daan', 'Esra', 'Fleur', 'Gijs', 'Hamza'];

export const REALISTIC_WERKVORMEN = [
  'historielijn',
  'klaag-en-jubelmuur',
  'stakeholdermap',
  'cirkel-van-invloed',
  ...ZONE_WERKVORMEN,
  'leeg-bord',
] as const;
export type RealisticWerkvorm = (typeof REALISTIC_WERKVORMEN)[number];

/** The settings each realistic board is created with. */
export const REALISTIC_SETTINGS: Record<RealisticWerkvorm, unknown> = {
  historielijn: {
    period: { from: { year: 2015, month: null }, to: { year: 2024, month: null } },
    purpose: 'evalueren',
    thema: 'Tien jaar buurtteam De Brug',
  },
  'klaag-en-jubelmuur': { thema: 'Samen voor de jeugd in Noord' },
  stakeholdermap: { initiative: 'Buurtkamer De Brug', rings: 3, thema: 'Wie doet er mee?' },
  'cirkel-van-invloed': {
    thema: 'Werkdruk in het team',
    owners: PEOPLE.slice(0, 6).map((name) => ({ id: name.toLowerCase(), name })),
  },
  ...ZONE_SETTINGS,
  'leeg-bord': { thema: 'Ideeën voor de buurtkamer' },
};

/** One card to create: its shape type, centre and props (author and time included). */
export interface CardSpec {
  id: string;
  type: string;
  centre: Point;
  props: Record<string, unknown>;
  /** The shape's meta: the werkvorm's marks. */
  meta?: Record<string, unknown>;
}

interface RelationSpec {
  from: string;
  to: string;
  strength: RelationStrength;
}

const ANEKDOTES: Array<[string, string, string]> = [
  ['2015-02', 'Start van het buurtteam', 'Met vier mensen in een portakabin achter de school.'],
  ['2015-09', 'Eerste spreekuur in de bibliotheek', 'Er kwam niemand; de week erna twaalf.'],
  ['2016-03', 'Subsidie voor drie jaar rond', 'Eindelijk tijd om vooruit te kijken.'],
  ['2016-08', 'Buurtfeest met 200 bezoekers', 'De wethouder bleef tot het eind.'],
  ['2017-05', 'Verhuizing naar het wijkcentrum', 'Eigen ruimte, maar verder van de flats.'],
  [
    '2017-11',
    'Wachtlijst schuldhulp loopt op',
    'Twintig gezinnen wachten langer dan drie maanden.',
  ],
  ['2018-04', 'Samenwerking met de huisartsen', 'Vaste koffie op dinsdag bij de praktijk.'],
  ['2018-10', 'Reorganisatie bij de gemeente', 'Nieuwe contactpersonen, opnieuw uitleggen.'],
  ['2019-06', 'Nieuwe teamleider', 'Meer ruimte voor eigen initiatief.'],
  ['2020-03', 'Corona: alles via de telefoon', 'Huisbezoeken gestopt, bellen met iedereen.'],
  ['2020-10', 'Voedselpakketten aan huis', 'Vrijwilligers uit de moskee en de kerk samen.'],
  ['2021-06', 'Jongerenwerk sluit aan', 'Eén team voor alle leeftijden in de wijk.'],
  ['2022-02', 'Twee collega’s uitgevallen', 'Het werk lag stil; de rest ving het op.'],
  ['2023-04', 'Buurtkamer ook open op zaterdag', 'Bewoners draaien zelf de diensten.'],
  ['2024-09', 'Evaluatie met de wijkraad', 'Wat houden we vast en wat laten we los?'],
];

const JOINED = [
  '2015-01',
  '2015-11',
  '2016-09',
  '2017-06',
  '2018-09',
  '2020-03',
  '2021-08',
  '2023-02',
];

const KLAAG = [
  'Te veel overleg over hetzelfde',
  'Jongeren weten ons niet te vinden',
  'Wachttijd bij de jeugdhulp',
  'Registratie kost uren per week',
  'Geen vaste plek in de wijk',
  'Ouders haken af na het eerste gesprek',
  'Scholen bellen pas als het escaleert',
  'Elk jaar een nieuw plan van de gemeente',
  'Te weinig tijd voor huisbezoeken',
  'Doorverwijzen duurt weken',
  'Vrijwilligers voelen zich niet gezien',
  'Informatie zit in vijf systemen',
  'Het sportveld is ’s avonds dicht',
];
const JUBEL = [
  'Korte lijnen met de wijkagent',
  'Jongeren organiseren zelf het toernooi',
  'Fijne collega’s die inspringen',
  'Het inloopuur loopt vol',
  'Ouders komen terug voor de koffie',
  'Scholen delen hun zorgen eerder',
  'De buurtkamer is van iedereen',
  'Vrijwilligers blijven jaren',
  'Snelle hulp bij geldzorgen',
  'Eén aanspreekpunt per gezin',
  'De huiswerkklas groeit',
  'We durven fouten te bespreken',
  'Bewoners geven ons hun vertrouwen',
];
const AMBITIE = [
  'Elke jongere kent een vertrouwd gezicht in de wijk',
  'Binnen twee weken hulp, zonder wachtlijst',
  'Eén plan per gezin, samen met het gezin gemaakt',
  'Ouders en scholen zijn partners, geen klanten',
];

const STAKEHOLDERS: Array<[number, string, string, string[]]> = [
  [1, 'Bewoners van de flats', 'Een plek dichtbij, zonder drempel', ['kans-voor-linkje']],
  [1, 'Gemeente, afdeling sociaal domein', 'Minder dure zorg later', []],
  [1, 'Wijkteam', 'Vroeg signaleren', []],
  [1, 'Vrijwilligers', 'Zinvol werk en waardering', []],
  [2, 'Woningcorporatie', 'Rust en leefbaarheid in de portiek', ['kans-voor-linkje']],
  [2, 'Basisschool De Regenboog', 'Ouders die meedoen', []],
  [2, 'Huisartsenpraktijk', 'Minder spreekuur voor sociale vragen', []],
  [2, 'Moskee Al Fath', 'Jongeren een plek geven', ['kans-voor-linkje']],
  [2, 'Jongerenwerk', 'Bereik onder meiden', []],
  [3, 'Wijkagent', 'Minder overlast op het plein', []],
  [3, 'Winkeliers', 'Een veilige winkelstraat', ['botst-met-initiatief']],
  [3, 'Sportvereniging', 'Nieuwe leden', []],
  [3, 'Voedselbank', 'Uitgiftepunt in de wijk', []],
  [3, 'Bibliotheek', 'Taalcafé en digitale hulp', []],
  [3, 'Zorgverzekeraar', 'Preventie die aantoonbaar werkt', []],
];

const RELATIONS: Array<[number | 'centre', number, RelationStrength]> = [
  ['centre', 0, 'sterk'],
  ['centre', 1, 'zwak'],
  ['centre', 2, 'sterk'],
  ['centre', 4, 'aandacht-nodig'],
  [0, 3, 'sterk'],
  [2, 6, 'zwak'],
  [5, 8, 'aandacht-nodig'],
  [4, 10, 'aandacht-nodig'],
  [1, 14, 'zwak'],
  [7, 11, 'sterk'],
];

const CIRKEL_CARDS: Array<[string, string, string, string]> = [
  ['Eigen planning', 'Overleg inkorten', 'Regels van de gemeente', 'Wachtlijsten'],
  ['Mijn agenda', 'Hulp vragen', 'Ziekteverzuim', 'Nieuwe software'],
  ['Pauzes nemen', 'Nee zeggen', 'Reorganisatie', 'Caseload'],
  ['Taken verdelen', 'Mailtijden', 'Budget', 'Regels'],
  ['Teamoverleg', 'Inwerken', 'Beleid', 'Personeelstekort'],
  ['Werkplek', 'Prioriteiten', 'Bezuinigingen', 'Huisvesting'],
];

const LEEG = [
  'Kookavond met buurtgenoten',
  'Repair café op zaterdag',
  'Huiswerkhulp door studenten',
  'Wandelgroep voor ouderen',
  'Taalmaatjes',
  'Moestuin achter de flat',
  'Kledingruil',
  'Spelletjesmiddag',
  'Digitaal spreekuur',
  'Muziekles voor kinderen',
  'Filmavond',
  'Fietsles voor vrouwen',
  'Klusdienst',
  'Boekenkast op het plein',
  'Koffie-ochtend voor mantelzorgers',
  'Schilderclub',
  'Voorleesuur',
  'Sportinstuif',
  'Buurtkrant',
  'Burendag',
];

function zoneCentre(layout: Layout, id: string): Point {
  const zone = findZone(layout, id);
  if (!zone) throw new Error(`no zone ${id}`);
  const b = zoneBounds(zone);
  return { x: b.x + b.w / 2, y: b.y + b.h / 2 };
}

/** Centres of `count` cards of `w`×`h` in rows inside a rectangle zone, below its label. */
function gridInZone(layout: Layout, id: string, count: number, w: number, h: number): Point[] {
  const zone = findZone(layout, id);
  if (!zone || (zone.kind !== 'rect' && zone.kind !== 'lane')) throw new Error(`no rect ${id}`);
  const gap = 24;
  const top = Math.max(zone.labelAt.y + 40, zone.y + 60);
  const columns = Math.max(1, Math.floor((zone.w - gap) / (w + gap)));
  return Array.from({ length: count }, (_, i) => ({
    x: zone.x + gap + (i % columns) * (w + gap) + w / 2,
    y: top + Math.floor(i / columns) * (h + gap) + h / 2,
  }));
}

let counter = 0;
const cardId = (prefix: string) => `shape:${prefix}-${(counter++).toString(36)}`;
const authored = (index: number) => ({
  author: PEOPLE[index % PEOPLE.length]!,
  createdAt: 1_700_000_000_000 + index * 60_000,
});

function kaart(centre: Point, text: string, index: number): CardSpec {
  return {
    id: cardId('kaart'),
    type: 'werkbord-kaart',
    centre,
    props: { text, ...authored(index) },
  };
}

function historielijnCards(layout: Historielijn.HistorielijnLayout): CardSpec[] {
  const atMonth = (iso: string) => {
    const [year, month] = iso.split('-').map(Number) as [number, number];
    return Historielijn.xForDate({ kind: 'point', at: { year, month } }, layout);
  };
  const axisY = layout.axis.y;
  const anekdotes = ANEKDOTES.map(
    ([date, title, story], i): CardSpec => ({
      id: cardId('anekdote'),
      type: 'werkbord-anekdote',
      centre: { x: atMonth(date), y: axisY - 200 },
      props: { date, title, story, ...authored(i) },
    }),
  );
  const lane = zoneCentre(layout, Historielijn.TOETREDING_ZONE_ID);
  const people = PEOPLE.map((name, i) => kaart({ x: atMonth(JOINED[i]!), y: lane.y }, name, i));
  return [...anekdotes, ...people];
}

function muurCards(layout: Layout): CardSpec[] {
  const { w, h } = { w: 200, h: 200 };
  const klaag = gridInZone(layout, 'klaagmuur', KLAAG.length, w, h);
  const jubel = gridInZone(layout, 'jubelmuur', JUBEL.length, w, h);
  const ambitie = gridInZone(layout, 'ambitie', AMBITIE.length, w, h);
  return [
    ...KLAAG.map((text, i) => kaart(klaag[i]!, text, i)),
    ...JUBEL.map((text, i) => kaart(jubel[i]!, text, i + 3)),
    ...AMBITIE.map((text, i) => kaart(ambitie[i]!, text, i + 5)),
  ];
}

function stakeholderCards(layout: Stakeholdermap.StakeholdermapLayout): CardSpec[] {
  const perRing = new Map<number, number>();
  for (const [ring] of STAKEHOLDERS) perRing.set(ring, (perRing.get(ring) ?? 0) + 1);
  const seen = new Map<number, number>();
  return STAKEHOLDERS.map(([ring, name, belangen, tags], i) => {
    const k = seen.get(ring) ?? 0;
    seen.set(ring, k + 1);
    const inner = ring === 1 ? layout.centreRadius : layout.ringRadii[ring - 2]!;
    const outer = layout.ringRadii[ring - 1]!;
    const radius = (inner + outer) / 2;
    // Spread around the ring, each ring turned a little so the cards do not line up in spokes.
    const angle = (2 * Math.PI * k) / perRing.get(ring)! - Math.PI / 2 + ring * 0.35;
    return {
      id: cardId('stakeholder'),
      type: 'werkbord-stakeholder',
      centre: {
        x: layout.centre.x + radius * Math.cos(angle),
        y: layout.centre.y + radius * Math.sin(angle),
      },
      props: { name, belangen, tags, ...authored(i) },
    };
  });
}

function cirkelCards(layout: CirkelVanInvloed.CirkelLayout): CardSpec[] {
  const band = (layout.invloedRadius + layout.betrokkenheidRadius) / 2;
  return layout.pairs.flatMap((pair, p) => {
    const texts = CIRKEL_CARDS[p % CIRKEL_CARDS.length]!;
    const inner = layout.invloedRadius * 0.45;
    const spots: Point[] = [
      { x: pair.cx - inner, y: pair.cy },
      { x: pair.cx + inner, y: pair.cy },
      { x: pair.cx - band * 0.8, y: pair.cy + band * 0.6 },
      { x: pair.cx + band * 0.8, y: pair.cy + band * 0.6 },
    ];
    return spots.map((centre, i) => kaart(centre, texts[i]!, p + i));
  });
}

function leegCards(): CardSpec[] {
  return LEEG.map((text, i) =>
    kaart({ x: 120 + (i % 5) * 240, y: 260 + Math.floor(i / 5) * 240 }, text, i),
  );
}

function stakeholderRelations(cards: readonly CardSpec[]): RelationSpec[] {
  return RELATIONS.map(([from, to, strength]) => ({
    from: from === 'centre' ? CENTRE : cards[from]!.id,
    to: cards[to]!.id,
    strength,
  }));
}

/** The cards (and relations) of a realistic board, placed on `layout`. */
export function realisticContent(
  werkvorm: RealisticWerkvorm,
  layout: Layout,
): { cards: CardSpec[]; relations: RelationSpec[] } {
  switch (werkvorm) {
    case 'historielijn':
      return {
        cards: historielijnCards(layout as Historielijn.HistorielijnLayout),
        relations: [],
      };
    case 'klaag-en-jubelmuur':
      return { cards: muurCards(layout), relations: [] };
    case 'stakeholdermap': {
      const cards = stakeholderCards(layout as Stakeholdermap.StakeholdermapLayout);
      return { cards, relations: stakeholderRelations(cards) };
    }
    case 'cirkel-van-invloed':
      return { cards: cirkelCards(layout as CirkelVanInvloed.CirkelLayout), relations: [] };
    case 'leeg-bord':
      return { cards: leegCards(), relations: [] };
    default: {
      const notes = zoneBoardNotes(werkvorm, layout);
      const cards = notes.map((note, i) => ({
        ...kaart(note.centre, note.text, i),
        ...(note.marks ? { meta: { marks: note.marks } } : {}),
      }));
      return { cards, relations: [] };
    }
  }
}

/** The werkvorm's layout for its realistic settings. */
export function realisticLayout(werkvorm: RealisticWerkvorm): Layout {
  const definition = findWerkvorm(werkvorm);
  if (!definition) throw new Error(`no werkvorm ${werkvorm}`);
  return definition.layout(REALISTIC_SETTINGS[werkvorm]);
}

/**
 * Fills the open board with the realistic content, through this page's editor, and waits until
 * the werkvorm's tidying (the historielijn's rows) has settled.
 */
export async function fillRealisticBoard(page: Page, werkvorm: RealisticWerkvorm): Promise<void> {
  const content = realisticContent(werkvorm, realisticLayout(werkvorm));
  await page.evaluate(({ cards, relations }) => {
    const editor = window.__werkbordEditor!;
    editor.run(() => {
      for (const card of cards) {
        editor.createShape({
          id: card.id,
          type: card.type,
          x: 0,
          y: 0,
          props: card.props,
          meta: card.meta ?? {},
        } as never);
        const bounds = editor.getShapePageBounds(card.id as never)!;
        editor.updateShape({
          id: card.id,
          type: card.type,
          x: card.centre.x - bounds.w / 2,
          y: card.centre.y - bounds.h / 2,
        } as never);
      }
    });
    relations.forEach((relation, i) => {
      const id = `shape:relatie-${i}`;
      editor.run(() => {
        editor.createShape({
          id,
          type: 'werkbord-relatie',
          props: { from: relation.from, to: relation.to, strength: relation.strength },
        } as never);
        const ends = [
          ['start', relation.from],
          ['end', relation.to],
        ].filter(([, end]) => end !== 'centre');
        editor.createBindings(
          ends.map(([terminal, end]) => ({
            type: 'werkbord-relatie-end',
            fromId: id,
            toId: end,
            props: { terminal },
          })) as never,
        );
        editor.sendToBack([id as never]);
      });
    });
    editor.selectNone();
  }, content);
  // Tidying runs a moment after creation; wait until the cards stop moving.
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        // No named functions in here: a bundler may wrap them in helpers the page lacks.
        const editor = window.__werkbordEditor!;
        const before = JSON.stringify(editor.getCurrentPageShapes().map((s) => [s.x, s.y]));
        setTimeout(() => {
          const after = JSON.stringify(editor.getCurrentPageShapes().map((s) => [s.x, s.y]));
          resolve(after === before);
        }, 150);
      }),
  );
}
