/**
 * Realistic content for the werkvormen whose meaning is the zone a card lies in: 30 kaarten each,
 * as a group of eight leaves them (`realisticBoards.ts` makes them cards and writes the authors).
 * Placed from the werkvorm's own layout, in rows below each zone's label and hint.
 */
import { findZone, type Layout, type Point } from '@werkbord/shared';

export const ZONE_WERKVORMEN = [
  'progressiecirkel',
  'hoe-werkte-het-hier',
  '2x2-vragen',
  'meerdere-stemmen',
] as const;
export type ZoneWerkvorm = (typeof ZONE_WERKVORMEN)[number];

export const ZONE_SETTINGS: Record<ZoneWerkvorm, unknown> = {
  progressiecirkel: { thema: 'Resultaten van de buurtaanpak Noord' },
  'hoe-werkte-het-hier': { thema: 'De huiswerkklas in de bibliotheek', eigenaar: 'Chaimae' },
  '2x2-vragen': { thema: 'Verlenging van de pilot Eén gezin, één plan', partner: 'de wethouder' },
  'meerdere-stemmen': { thema: 'Eén toegang voor alle jeugdhulp in de wijk' },
};

/** A kaart to make: where its centre goes, its text and the marks switched on. */
export interface ZoneNote {
  centre: Point;
  text: string;
  marks?: string[];
}

const FRUIT = 'laaghangend-fruit';

/** Per zone id, its texts (a text ending in ` *` is marked as laaghangend fruit). */
const CONTENT: Record<ZoneWerkvorm, Record<string, readonly string[]>> = {
  progressiecirkel: {
    bereikt: [
      'Vaste spreekuren in de buurtkamer',
      'Goed contact met de wijkraad',
      'Huiswerkklas draait elke week',
      'Twintig vrijwilligers actief',
      'Korte lijn met de huisartsen',
      'Ouders komen terug voor koffie',
      'Eerste gezamenlijke buurtavond',
      'Nieuwsbrief elke maand',
      'Schuldhulp binnen twee weken',
      'Jongeren organiseren het toernooi',
      'We vieren wat lukt',
      'Vaker op tijd bij afspraken',
      'Bewoners draaien zelf diensten',
      'Wachtlijst schuldhulp weg',
    ],
    'nog-te-boeken': [
      'Elke maand een buurtavond *',
      'Vaker een stilte laten vallen',
      'Scholen eerder aan tafel *',
      'Twee nieuwe partners in de wijk',
      'Vrijwilligers een bedankavond geven *',
      'Jongeren in de stuurgroep',
      'Eén plan per gezin',
      'Meer mannen als vrijwilliger',
      'Resultaten delen met de gemeente *',
      'Buurtkamer ook ’s avonds open',
      'Taalcafé op zaterdag',
      'Sportveld ’s avonds open',
      'Huisbezoek binnen een week',
    ],
    reflectie: [
      'We zien meer dan we dachten',
      'Eerst de bedankavond plannen',
      'Elk kwartaal de cirkel bijwerken',
    ],
  },
  'hoe-werkte-het-hier': {
    voorbeeld: [
      'Start met drie kinderen in de bieb',
      'De juf belde: kan Samir ook komen?',
      'Studenten als vrijwilliger gevonden',
      'Na een half jaar dertig kinderen',
      'Ouders blijven nu koffie drinken',
    ],
    ikzelf: [
      'Doorgevraagd bij de juf',
      'Elke week dezelfde tijd',
      'Zelf de ouders gebeld',
      'Durfde klein te beginnen',
      'Hield een lijstje bij',
      'Vroeg de kinderen wat ze nodig hadden',
      'Geduldig bij afzeggingen',
      'Nodigde studenten persoonlijk uit',
      'Humor bij de start',
      'Vierde elke mijlpaal',
      'Vroeg hulp toen het druk werd',
    ],
    context: [
      'De bibliotheek gaf gratis ruimte',
      'Leerkrachten wezen kinderen door',
      'Budget van de wijkraad',
      'Teamleider gaf tijd',
      'Studenten zochten een stageplek',
      'Moskee hielp met vervoer',
      'Ouders vertelden het door',
      'Rustige ruimte na schooltijd',
      'Collega nam spreekuur over',
      'Gemeente versoepelde de regels',
      'Wifi en laptops van de bieb',
    ],
    reflectie: [
      'Klein beginnen werkt',
      'Vaste tijden geven houvast',
      'Vraag wat mensen nodig hebben',
    ],
  },
  '2x2-vragen': {
    belang: [
      'Gezinnen vallen niet tussen wal en schip',
      'Minder dure zorg later',
      'Vertrouwen van ouders',
      'Professionals werken samen',
      'Past bij het nieuwe beleid',
      'Wachtlijsten korter',
      'Jongeren doen mee',
    ],
    resultaat: [
      'Hulp binnen twee weken',
      'Eén plan per gezin',
      'Ouders tekenen zelf mee',
      'Minder doorverwijzingen',
      'Scholen melden eerder',
      'Tevreden gezinnen',
      'Cijfers elk kwartaal',
    ],
    condities: [
      'Tijd voor overleg',
      'Gedeeld dossier',
      'Budget voor twee jaar',
      'Training gespreksvoering',
      'Steun van de directie',
      'Wijkteam en scholen aan tafel',
      'Privacy goed geregeld',
    ],
    actie: [
      'Eerst de cijfers op een rij',
      'Afspraak met de beleidsadviseur',
      'Verhaal van een gezin meenemen',
      'Voorstel op één A4',
      'Evaluatie in juni',
      'Directie vooraf informeren',
    ],
    reflectie: [
      'Het gaat om de gezinnen, niet om ons',
      'De directie nodigen we uit',
      'Over drie maanden terugkijken',
    ],
  },
  'meerdere-stemmen': {
    dwarskijkers: [
      'Wie betaalt dit straks?',
      'Is dit niet weer een loket?',
      'Waarom nu?',
      'Wat vinden gezinnen zelf?',
      'Hoe meet je succes?',
      'Wat stoppen we ervoor?',
    ],
    dromers: [
      'Eén gezicht voor elk gezin',
      'Geen wachtlijst meer',
      'Jongeren helpen elkaar',
      'Scholen als partner',
      'De wijk zorgt samen',
      'Hulp zonder formulieren',
    ],
    waarschuwers: [
      'Privacy van gezinnen',
      'Te weinig mensen',
      'Werkdruk loopt op',
      'Verwachtingen te hoog',
      'Afhankelijk van één subsidie',
      'Oude afspraken botsen',
    ],
    enthousiastelingen: [
      'Eindelijk!',
      'Ik wil meteen meedoen',
      'Laten we klein starten',
      'Mijn school doet mee',
      'Goed voor de jongeren',
      'Ik ken ouders die willen helpen',
    ],
    vervolg: [
      'Eerst in gesprek met de huisartsen',
      'Klankbordgroep met ouders',
      'Besluit pas na de zomer',
      'Wethouder vroeg betrekken',
    ],
    reflectie: ['De waarschuwers hadden we gemist', 'Met de huisartsen beginnen'],
  },
};

const PITCH = 224;

/** Centres of `count` kaarten in rows inside a rectangle zone, below its label and hint. */
function rowsInRect(layout: Layout, id: string, count: number): Point[] {
  const zone = findZone(layout, id);
  if (zone?.kind !== 'rect') throw new Error(`no rect ${id}`);
  // Reflectie lists its prompts at the top; other zones a label and a hint.
  const top = zone.y + (id === 'reflectie' ? 230 : 130);
  const columns = Math.max(1, Math.floor((zone.w - 24) / PITCH));
  return Array.from({ length: count }, (_, i) => ({
    x: zone.x + 24 + (i % columns) * PITCH + 100,
    y: top + Math.floor(i / columns) * PITCH + 100,
  }));
}

/** Centres inside a circle of radius `r` on a grid, rows of 3, 4, 4, 3 and so on, middle out. */
function gridInCircle(centre: Point, r: number, count: number): Point[] {
  // A little below the middle: the circle's label and hint are at its top.
  const rows = [-1.5, -0.5, 0.5, 1.5].map((k) => centre.y + 30 + k * PITCH);
  const perRow = [3, 4, 4, 3];
  const points: Point[] = [];
  rows.forEach((y, row) => {
    const n = perRow[row]!;
    for (let i = 0; i < n; i++) points.push({ x: centre.x + (i - (n - 1) / 2) * PITCH, y });
  });
  if (count > points.length || points.some((p) => Math.hypot(p.x - centre.x, p.y - centre.y) > r))
    throw new Error('the circle is too small for its cards');
  return points.slice(0, count);
}

/** Centres around a ring's middle, leaving its label (top) and hint (bottom) free. */
function aroundRing(centre: Point, radius: number, count: number): Point[] {
  const free = (25 * Math.PI) / 180;
  const side = Math.PI - 2 * free;
  return Array.from({ length: count }, (_, i) => {
    // Half on the right side (top to bottom), half on the left (bottom to top).
    const right = i < Math.ceil(count / 2);
    const k = right ? i : i - Math.ceil(count / 2);
    const n = right ? Math.ceil(count / 2) : Math.floor(count / 2);
    const t = (k + 0.5) / n;
    const angle = right ? -Math.PI / 2 + free + t * side : Math.PI / 2 + free + t * side;
    return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
  });
}

function placesFor(werkvorm: ZoneWerkvorm, layout: Layout, zone: string, count: number): Point[] {
  if (werkvorm === 'progressiecirkel' && zone !== 'reflectie') {
    const ring = findZone(layout, 'nog-te-boeken');
    if (ring?.kind !== 'ring') throw new Error('no ring');
    const centre = { x: ring.cx, y: ring.cy };
    return zone === 'bereikt'
      ? gridInCircle(centre, ring.inner, count)
      : aroundRing(centre, (ring.inner + ring.outer) / 2, count);
  }
  return rowsInRect(layout, zone, count);
}

/** The kaarten of a realistic board of `werkvorm`, placed on `layout`. */
export function zoneBoardNotes(werkvorm: ZoneWerkvorm, layout: Layout): ZoneNote[] {
  return Object.entries(CONTENT[werkvorm]).flatMap(([zone, texts]) => {
    const places = placesFor(werkvorm, layout, zone, texts.length);
    return texts.map((text, i): ZoneNote => {
      const marked = text.endsWith(' *');
      return {
        centre: places[i]!,
        text: marked ? text.slice(0, -2) : text,
        ...(marked ? { marks: [FRUIT] } : {}),
      };
    });
  });
}
