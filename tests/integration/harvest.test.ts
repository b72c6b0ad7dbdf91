/**
 * `GET /api/boards/<id>/harvest`: boards of each werkvorm, created with settings, get cards written
 * the way the client writes them (tldraw records in the content document's `YKeyValue`) at places
 * computed from the werkvorm's own layout; the harvest must put every card where it lies.
 */
import {
  type ApiError,
  type BoardHarvestResponse,
  CirkelVanInvloed,
  controlRoom,
  DEFAULT_SHAPE_PROPS,
  findZone,
  Historielijn,
  KlaagEnJubelmuur,
  type Layout,
  type Period,
  periodToIso,
  ShapeType,
  Stakeholdermap,
  zoneBounds,
} from '@werkbord/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBoard as createTestBoard, type TestBoard } from '../helpers/boards.js';
import { fetchMetrics } from '../helpers/metrics.js';
import { destroyClients, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { shapeRecord, type TestRecord } from '../helpers/records.js';
import { waitFor } from '../helpers/waitFor.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterEach(destroyClients);
afterAll(async () => {
  await server.close();
  removeTestDataDirs();
});

function createBoard(werkvorm: string, settings: unknown, title = 'Oogst'): Promise<TestBoard> {
  return createTestBoard(server.httpUrl, title, werkvorm, settings);
}

const kaart = (id: string, centre: { x: number; y: number }, text: string) =>
  shapeRecord(id, ShapeType.Kaart, centre, { ...DEFAULT_SHAPE_PROPS.kaart, text });

const anekdote = (
  id: string,
  centre: { x: number; y: number },
  props: { title: string; story: string; date: string; w?: number },
) => shapeRecord(id, ShapeType.Anekdote, centre, { ...DEFAULT_SHAPE_PROPS.anekdote, ...props });

const stakeholder = (
  id: string,
  centre: { x: number; y: number },
  props: { name: string; belangen: string; tags: string[] },
) =>
  shapeRecord(id, ShapeType.Stakeholder, centre, { ...DEFAULT_SHAPE_PROPS.stakeholder, ...props });

const relatie = (id: string, from: string, to: string, strength: string): TestRecord => ({
  ...shapeRecord(id, ShapeType.Relatie, { x: 0, y: 0 }, {}),
  props: { ...DEFAULT_SHAPE_PROPS.relatie, from, to, strength },
});

/** The centre of a zone of a layout (rect: its middle; circle and ring: its centre). */
function zoneCentre(layout: Layout, id: string): { x: number; y: number } {
  const zone = findZone(layout, id);
  if (!zone) throw new Error(`no zone ${id}`);
  const b = zoneBounds(zone);
  return { x: b.x + b.w / 2, y: b.y + b.h / 2 };
}

/**
 * Writes records as a participant's client does, and waits until a second client has them: the
 * relay broadcasts only what is stored, so then the server has them too.
 */
async function writeRecords(board: TestBoard, records: readonly TestRecord[]): Promise<void> {
  const writer = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
  const observer = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
  writer.doc.transact(() => {
    writer.records.set('page:page', { id: 'page:page', typeName: 'page', name: 'Pagina 1' });
    for (const record of records) writer.records.set(record.id, record);
  });
  await waitFor('the observer to see every record', () => {
    return observer.records.map.size === records.length + 1;
  });
}

function harvestUrl(board: TestBoard, token = board.tokens.participant, query = ''): string {
  return `${server.httpUrl}/api/boards/${board.boardId}/harvest?t=${token}${query}`;
}

async function fetchHarvest<R>(
  board: TestBoard,
  token?: string,
): Promise<BoardHarvestResponse & { result: R }> {
  const response = await fetch(harvestUrl(board, token));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(response.headers.get('cache-control')).toBe('no-store');
  return (await response.json()) as BoardHarvestResponse & { result: R };
}

const iso = (period: Period | null) => (period ? periodToIso(period) : null);

describe('the harvest of each werkvorm', () => {
  it('historielijn: anecdotes in date order with their stories, the order of joining, reflection', async () => {
    const settings: Historielijn.HistorielijnSettings = {
      period: { from: { year: 2015, month: null }, to: { year: 2020, month: null } },
      purpose: 'pas-op-de-plaats',
      thema: 'Tien jaar buurtteam',
    };
    const board = await createBoard('historielijn', settings);
    const layout = Historielijn.historielijn.layout(settings);
    const at = (text: string, y: number) => {
      const period = { kind: 'point', at: { year: Number(text), month: null } } as const;
      return { x: Historielijn.xForDate(period, layout), y };
    };
    const march2017 = { kind: 'point', at: { year: 2017, month: 3 } } as const;
    const range = {
      kind: 'range',
      from: { year: 2015, month: null },
      to: { year: 2016, month: null },
    } as const;
    const spanned = Historielijn.placeOnAxis(range, 240, layout);
    const lane = zoneCentre(layout, Historielijn.TOETREDING_ZONE_ID);
    await writeRecords(board, [
      anekdote('wijkmanager', at('2019', -300), {
        title: 'Nieuwe wijkmanager',
        story: 'Alles ging ineens sneller.',
        date: '2019',
      }),
      // Undated: its place on the tijdbalk gives it its year.
      anekdote('buurtfeest', at('2016', 300), {
        title: 'Eerste buurtfeest',
        story: 'Er kwamen 200 mensen.',
        date: '',
      }),
      anekdote(
        'verhuizing',
        { x: Historielijn.xForDate(march2017, layout), y: -500 },
        {
          title: 'Verhuizing naar de Brug',
          story: 'Eindelijk een eigen plek.',
          date: '2017-03',
        },
      ),
      anekdote(
        'opstart',
        { x: spanned.x + spanned.w / 2, y: -120 },
        {
          title: 'De opstart',
          story: 'Twee jaar zoeken.',
          date: '2015/2016',
          w: spanned.w,
        },
      ),
      // Off the axis: the date written on the card counts.
      anekdote(
        'voorgeschiedenis',
        { x: -1500, y: 0 },
        {
          title: 'Het idee',
          story: 'Op een verjaardag bedacht.',
          date: '2010',
        },
      ),
      kaart('joost', { x: at('2018', 0).x, y: lane.y }, 'Joost'),
      kaart('fatima', { x: at('2015', 0).x, y: lane.y }, 'Fatima'),
      kaart('antwoord', zoneCentre(layout, 'reflectie'), 'We vieren te weinig.'),
    ]);

    const harvest = await fetchHarvest<Historielijn.HistorielijnResult>(board);
    expect(harvest.werkvorm).toBe('historielijn');
    expect(harvest.thema).toBe('Tien jaar buurtteam');
    expect(harvest.result.period).toEqual(settings.period);
    expect(harvest.result.purpose.nl).toBe('Een pas op de plaats maken');
    expect(
      harvest.result.anekdotes.map((a) => [a.title, iso(a.period), a.onAxis, a.story]),
    ).toEqual([
      ['Het idee', '2010', false, 'Op een verjaardag bedacht.'],
      ['De opstart', '2015/2016', true, 'Twee jaar zoeken.'],
      ['Eerste buurtfeest', '2016', true, 'Er kwamen 200 mensen.'],
      ['Verhuizing naar de Brug', '2017-03', true, 'Eindelijk een eigen plek.'],
      ['Nieuwe wijkmanager', '2019', true, 'Alles ging ineens sneller.'],
    ]);
    expect(harvest.result.toetreding.map((t) => [t.name, iso(t.period)])).toEqual([
      ['Fatima', '2015'],
      ['Joost', '2018'],
    ]);
    expect(harvest.result.overig).toEqual([]);
    expect(harvest.reflection.answers).toEqual([
      { cardId: 'shape:antwoord', text: 'We vieren te weinig.', author: 'Anna' },
    ]);
    expect(harvest.reflection.prompts.length).toBeGreaterThan(0);
    const anekdotes = harvest.tables.find((table) => table.id === 'anekdotes');
    expect(anekdotes?.rows[0]?.slice(0, 3)).toEqual([
      '2010',
      'Het idee',
      'Op een verjaardag bedacht.',
    ]);
  });

  it('klaag- en jubelmuur: each card on its wall, clusters, the ambition, reflection', async () => {
    const settings = { thema: 'Samen voor de jeugd' };
    const board = await createBoard('klaag-en-jubelmuur', settings);
    const layout = KlaagEnJubelmuur.klaagEnJubelmuur.layout(settings);
    const klaag = zoneCentre(layout, 'klaagmuur');
    const jubel = zoneCentre(layout, 'jubelmuur');
    await writeRecords(board, [
      kaart('k1', { x: klaag.x - 400, y: klaag.y - 300 }, 'Te veel overleg'),
      // Against k1: one cluster.
      kaart('k2', { x: klaag.x - 190, y: klaag.y - 300 }, 'Vergaderingen lopen uit'),
      kaart('k3', { x: klaag.x + 400, y: klaag.y + 300 }, 'Geen vaste ruimte'),
      kaart('j1', jubel, 'Goede sfeer in het team'),
      kaart('ambitie', zoneCentre(layout, 'ambitie'), 'Elke jongere kent een vertrouwd gezicht'),
      kaart('antwoord', zoneCentre(layout, 'reflectie'), 'Meer vieren wat goed gaat'),
      kaart('los', { x: -2000, y: -2000 }, 'Parkeerplaats'),
    ]);

    const harvest = await fetchHarvest<KlaagEnJubelmuur.KlaagEnJubelmuurResult>(board);
    expect(harvest.werkvorm).toBe('klaag-en-jubelmuur');
    expect(harvest.thema).toBe('Samen voor de jeugd');
    const { klaagmuur, jubelmuur, ambitie, overig } = harvest.result;
    expect(klaagmuur.cards.map((c) => c.text)).toEqual([
      'Te veel overleg',
      'Vergaderingen lopen uit',
      'Geen vaste ruimte',
    ]);
    expect(klaagmuur.clusters).toEqual([['shape:k1', 'shape:k2'], ['shape:k3']]);
    expect(jubelmuur.cards.map((c) => c.text)).toEqual(['Goede sfeer in het team']);
    expect(ambitie.map((c) => c.text)).toEqual(['Elke jongere kent een vertrouwd gezicht']);
    expect(overig.map((c) => c.text)).toEqual(['Parkeerplaats']);
    expect(harvest.reflection.answers.map((a) => a.text)).toEqual(['Meer vieren wat goed gaat']);
  });

  it('stakeholdermap: ring, belangen, tags and relations with their strength', async () => {
    const settings = { initiative: 'Buurthuis De Brug', rings: 3, thema: '' };
    const board = await createBoard('stakeholdermap', settings);
    const layout = Stakeholdermap.stakeholdermap.layout(settings);
    const [r1 = 0, r2 = 0, r3 = 0] = layout.ringRadii;
    const between = (inner: number, outer: number) => (inner + outer) / 2;
    await writeRecords(board, [
      stakeholder(
        'gemeente',
        { x: between(layout.centreRadius, r1), y: 0 },
        {
          name: 'Gemeente',
          belangen: 'Minder eenzaamheid in de wijk',
          tags: ['kans-voor-linkje'],
        },
      ),
      stakeholder(
        'corporatie',
        { x: 0, y: between(r1, r2) },
        {
          name: 'Woningcorporatie',
          belangen: 'Rust in de flats',
          tags: ['botst-met-initiatief'],
        },
      ),
      stakeholder(
        'bieb',
        { x: -between(r2, r3), y: 0 },
        {
          name: 'Bibliotheek',
          belangen: '',
          tags: [],
        },
      ),
      stakeholder('krant', { x: 0, y: r3 + 400 }, { name: 'Wijkkrant', belangen: '', tags: [] }),
      relatie('r1', 'centre', 'shape:gemeente', 'sterk'),
      relatie('r2', 'shape:gemeente', 'shape:corporatie', 'aandacht-nodig'),
      relatie('r3', 'shape:corporatie', 'shape:bieb', 'zwak'),
      // Attached to a card that no longer exists: not a relation.
      relatie('r4', 'shape:bieb', 'shape:weg', 'sterk'),
      kaart('antwoord', zoneCentre(layout, 'reflectie'), 'De corporatie moet aan tafel'),
    ]);

    const harvest = await fetchHarvest<Stakeholdermap.StakeholdermapResult>(board);
    const { result } = harvest;
    expect(result.initiative).toBe('Buurthuis De Brug');
    expect(result.rings).toBe(3);
    expect(result.stakeholders.map((s) => [s.name, s.ring, s.belangen, s.tags])).toEqual([
      ['Gemeente', 1, 'Minder eenzaamheid in de wijk', ['kans-voor-linkje']],
      ['Woningcorporatie', 2, 'Rust in de flats', ['botst-met-initiatief']],
      ['Bibliotheek', 3, '', []],
      ['Wijkkrant', null, '', []],
    ]);
    const strengths = (name: string) =>
      result.stakeholders
        .find((s) => s.name === name)
        ?.relations.map((r) => [r.fromName, r.toName, r.strength]);
    expect(strengths('Gemeente')).toEqual([
      ['Buurthuis De Brug', 'Gemeente', 'sterk'],
      ['Gemeente', 'Woningcorporatie', 'aandacht-nodig'],
    ]);
    expect(strengths('Bibliotheek')).toEqual([['Woningcorporatie', 'Bibliotheek', 'zwak']]);
    expect(result.relations).toHaveLength(3);
    expect(result.overig).toEqual([]);
    expect(harvest.reflection.answers.map((a) => a.text)).toEqual(['De corporatie moet aan tafel']);
  });

  it('cirkel van invloed: per owner invloed, betrokkenheid and buiten, and the comparison', async () => {
    const settings = {
      thema: 'Werkdruk',
      owners: [
        { id: 'anna', name: 'Anna' },
        { id: 'bob', name: 'Bob' },
      ],
    };
    const board = await createBoard('cirkel-van-invloed', settings);
    const layout = CirkelVanInvloed.cirkelVanInvloed.layout(settings);
    const [anna, bob] = layout.pairs;
    if (!anna || !bob) throw new Error('two pairs expected');
    const ring = (layout.invloedRadius + layout.betrokkenheidRadius) / 2;
    await writeRecords(board, [
      kaart('a1', { x: anna.cx - 100, y: anna.cy }, 'Mijn planning'),
      kaart('a2', { x: anna.cx + 100, y: anna.cy + 50 }, 'Hoe ik overleg voorbereid'),
      kaart('a3', { x: anna.cx, y: anna.cy - ring }, 'Het rooster'),
      kaart('b1', { x: bob.cx - ring, y: bob.cy }, 'Bezuinigingen'),
      kaart('b2', { x: bob.cx + ring, y: bob.cy }, 'Wachtlijsten'),
      // In a corner of Bob's cell, outside both his circles.
      kaart(
        'b3',
        {
          x: bob.cx + 0.8 * layout.betrokkenheidRadius,
          y: bob.cy + 0.8 * layout.betrokkenheidRadius,
        },
        'Het weer',
      ),
      kaart('verzameld', zoneCentre(layout, CirkelVanInvloed.VERZAMEL_ZONE_ID), 'Mail'),
      kaart('antwoord', zoneCentre(layout, 'reflectie'), 'Ik laat de wachtlijsten los'),
    ]);

    const harvest = await fetchHarvest<CirkelVanInvloed.CirkelResult>(board);
    const { owners, comparison, verzameld } = harvest.result;
    const texts = (cards: { text: string }[]) => cards.map((c) => c.text);
    expect(owners.map((o) => o.name)).toEqual(['Anna', 'Bob']);
    expect(texts(owners[0]?.invloed ?? [])).toEqual(['Mijn planning', 'Hoe ik overleg voorbereid']);
    expect(texts(owners[0]?.betrokkenheid ?? [])).toEqual(['Het rooster']);
    expect(texts(owners[1]?.invloed ?? [])).toEqual([]);
    expect(texts(owners[1]?.betrokkenheid ?? [])).toEqual(['Bezuinigingen', 'Wachtlijsten']);
    expect(texts(owners[1]?.buiten ?? [])).toEqual(['Het weer']);
    expect(comparison).toEqual([
      {
        ownerId: 'anna',
        name: 'Anna',
        invloed: 2,
        betrokkenheid: 1,
        buiten: 0,
        shareInvloed: 2 / 3,
      },
      { ownerId: 'bob', name: 'Bob', invloed: 0, betrokkenheid: 2, buiten: 1, shareInvloed: 0 },
    ]);
    expect(texts(verzameld)).toEqual(['Mail']);
    expect(harvest.reflection.answers.map((a) => a.text)).toEqual(['Ik laat de wachtlijsten los']);
  });
});

describe('reading the harvest', () => {
  it('includes what a facilitator changed in the settings while the board is open', async () => {
    const board = await createBoard('stakeholdermap', { initiative: 'Oud', rings: 2, thema: '' });
    const control = await syncedClient(
      server.syncUrl,
      controlRoom(board.boardId),
      board.tokens.facilitator,
    );
    const observer = await syncedClient(
      server.syncUrl,
      controlRoom(board.boardId),
      board.tokens.viewer,
    );
    control.board.set('settings', { initiative: 'Nieuw', rings: 4, thema: 'Live' });
    await waitFor('the observer to see the settings', () => {
      return (observer.board.get('settings') as { thema?: string }).thema === 'Live';
    });
    const harvest = await fetchHarvest<Stakeholdermap.StakeholdermapResult>(board);
    expect(harvest.thema).toBe('Live');
    expect(harvest.result).toMatchObject({ initiative: 'Nieuw', rings: 4 });
  });

  it('a board made before layout generations keeps what its cards mean', async () => {
    // Places on the first generation's walls (klaagmuur 0–1800 wide, ambitie below it from 1400).
    const records = [
      kaart('k', { x: 1700, y: 300 }, 'Klacht'),
      kaart('a', { x: 1850, y: 1700 }, 'Ambitie'),
    ];
    const old = await createBoard('klaag-en-jubelmuur', { thema: 'Oud' });
    const control = await syncedClient(
      server.syncUrl,
      controlRoom(old.boardId),
      old.tokens.facilitator,
    );
    // Settings as boards stored them before `layoutVersion` existed.
    control.board.set('settings', { thema: 'Oud' });
    await writeRecords(old, records);
    const kept = await fetchHarvest<KlaagEnJubelmuur.KlaagEnJubelmuurResult>(old);
    expect(kept.result.klaagmuur.cards.map((c) => c.text)).toEqual(['Klacht']);
    expect(kept.result.ambitie.map((c) => c.text)).toEqual(['Ambitie']);

    // The same places on a new board's landscape walls mean something else.
    const fresh = await createBoard('klaag-en-jubelmuur', { thema: 'Nieuw' });
    await writeRecords(fresh, records);
    const landscape = await fetchHarvest<KlaagEnJubelmuur.KlaagEnJubelmuurResult>(fresh);
    expect(landscape.result.klaagmuur.cards).toEqual([]);
  });

  it('every role may read it; the same answer after a restart, from storage alone', async () => {
    const settings = { thema: 'Na de herstart' };
    const board = await createBoard('klaag-en-jubelmuur', settings);
    const layout = KlaagEnJubelmuur.klaagEnJubelmuur.layout(settings);
    await writeRecords(board, [
      kaart('k', zoneCentre(layout, 'klaagmuur'), 'Klacht'),
      kaart('j', zoneCentre(layout, 'jubelmuur'), 'Jubel'),
    ]);
    const before = await fetchHarvest(board, board.tokens.facilitator);
    expect(await fetchHarvest(board, board.tokens.viewer)).toEqual(before);

    destroyClients();
    server = await server.restart();
    expect((await fetchMetrics(server.httpUrl)).roomsLoaded).toBe(0);

    const after = await fetchHarvest<KlaagEnJubelmuur.KlaagEnJubelmuurResult>(board);
    expect(after).toEqual(before);
    expect(after.result.klaagmuur.cards.map((c) => c.text)).toEqual(['Klacht']);
    expect(after.thema).toBe('Na de herstart');
    // Reading does not load the board into the relay.
    expect((await fetchMetrics(server.httpUrl)).roomsLoaded).toBe(0);
  });

  it('answers Markdown and a table as CSV', async () => {
    const settings = { thema: 'Export' };
    const board = await createBoard('klaag-en-jubelmuur', settings, 'Teamdag | maart');
    const layout = KlaagEnJubelmuur.klaagEnJubelmuur.layout(settings);
    await writeRecords(board, [kaart('k', zoneCentre(layout, 'klaagmuur'), 'Te "veel", echt')]);

    const markdown = await fetch(harvestUrl(board, undefined, '&format=markdown'));
    expect(markdown.status).toBe(200);
    expect(markdown.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(markdown.headers.get('cache-control')).toBe('no-store');
    const text = await markdown.text();
    expect(text).toMatch(/^# Teamdag \| maart\n/);
    expect(text).toContain('**Thema:** Export');
    expect(text).toContain('## Klaag- en jubelmuur');
    const english = await (
      await fetch(harvestUrl(board, undefined, '&format=markdown&lang=en'))
    ).text();
    expect(english).toContain('**Theme:** Export');

    for (const table of ['0', 'muren']) {
      const csv = await fetch(harvestUrl(board, undefined, `&format=csv&table=${table}`));
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
      expect(body).toBe(
        '\uFEFFMuur,Cluster,Tekst,Auteur\r\nklaagmuur,1,"Te ""veel"", echt",Anna\r\n',
      );
    }
  });

  it('neutralises formulas in CSV, and separates with semicolons for Dutch Excel (sep=;)', async () => {
    const settings = { thema: '' };
    const board = await createBoard('klaag-en-jubelmuur', settings);
    const layout = KlaagEnJubelmuur.klaagEnJubelmuur.layout(settings);
    await writeRecords(board, [
      kaart('k', zoneCentre(layout, 'klaagmuur'), '=HYPERLINK("http://example.test","klik")'),
      kaart('j', zoneCentre(layout, 'jubelmuur'), '-1; of toch +1'),
    ]);
    const csv = async (query: string) => {
      const response = await fetch(harvestUrl(board, undefined, `&format=csv&table=0${query}`));
      expect(response.status).toBe(200);
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    };
    const comma = (await csv('')).split('\r\n');
    expect(comma).toContain(`klaagmuur,1,"'=HYPERLINK(""http://example.test"",""klik"")",Anna`);
    expect(comma).toContain(`jubelmuur,1,'-1; of toch +1,Anna`);
    const semicolon = (await csv('&sep=;')).split('\r\n');
    expect(semicolon[0]).toBe('\uFEFFMuur;Cluster;Tekst;Auteur');
    expect(semicolon).toContain(`klaagmuur;1;"'=HYPERLINK(""http://example.test"",""klik"")";Anna`);
    expect(semicolon).toContain(`jubelmuur;1;"'-1; of toch +1";Anna`);
  });

  it('writes Markdown the Dutch way: settings, authors, dates in local time, empty tables as one line', async () => {
    const settings: Historielijn.HistorielijnSettings = {
      period: { from: { year: 2015, month: null }, to: { year: 2021, month: null } },
      purpose: 'volgende-fase',
      thema: 'Samen verder',
    };
    const board = await createBoard('historielijn', settings, 'Teamdag');
    const layout = Historielijn.historielijn.layout(settings);
    const march2020 = { kind: 'point', at: { year: 2020, month: 3 } } as const;
    await writeRecords(board, [
      anekdote(
        'lockdown',
        { x: Historielijn.xForDate(march2020, layout), y: -300 },
        { title: 'De lockdown', story: 'Alles online.', date: '2020-03' },
      ),
    ]);
    const markdown = async (query: string) =>
      (await fetch(harvestUrl(board, undefined, `&format=markdown${query}`))).text();
    const text = await markdown('');
    expect(text).toContain(
      [
        '**Werkvorm:** Historielijn',
        '**Periode:** 2015 – 2021',
        '**Doel:** Een volgende fase voorbereiden',
        '**Thema:** Samen verder',
        '**Deelnemers:** Anna',
      ].join('  \n'),
    );
    // Written at 2023-11-14T22:13:20Z: Dutch local time by default, the reader's zone with tz.
    expect(text).toContain(
      '| maart 2020 | De lockdown | Alles online. | Anna | 14 november 2023, 23:13 |',
    );
    expect(await markdown('&tz=UTC')).toContain('| Anna | 14 november 2023, 22:13 |');
    expect(await markdown('&tz=America/New_York&lang=en')).toContain(
      '| March 2020 | De lockdown | Alles online. | Anna | 14 November 2023, 17:13 |',
    );
    expect(text).toContain('## Volgorde van toetreding\n\n_Nog niets._');
    expect(text).not.toMatch(/\| Volgorde \| Naam \| Datum \|/);

    // JSON and CSV keep ISO.
    const json = await fetchHarvest(board);
    expect(json.tables[0]?.rows[0]).toEqual([
      '2020-03',
      'De lockdown',
      'Alles online.',
      'Anna',
      '2023-11-14T22:13:20.000Z',
    ]);
    expect(json.authors).toEqual(['Anna']);
    const csv = await (await fetch(harvestUrl(board, undefined, '&format=csv&table=0'))).text();
    expect(csv).toContain('2020-03,De lockdown,Alles online.,Anna,2023-11-14T22:13:20.000Z');
  });

  it('refuses an unknown format, table or language with 400', async () => {
    const board = await createBoard('historielijn', undefined);
    for (const query of [
      '&format=pdf',
      '&format=csv',
      '&format=csv&table=99',
      '&format=markdown&lang=fr',
      '&format=markdown&tz=Mars/Olympus',
      '&format=csv&table=0&sep=%09',
    ]) {
      const response = await fetch(harvestUrl(board, undefined, query));
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as ApiError).error).toBe('bad_request');
    }
  });

  it('answers an unknown board with 404 and a wrong or missing token with 403', async () => {
    const board = await createBoard('historielijn', undefined);
    const other = await createBoard('historielijn', undefined);
    const expectError = async (url: string, status: number, error: string) => {
      const response = await fetch(url);
      expect(response.status, url).toBe(status);
      const body = (await response.json()) as ApiError;
      expect(body.error).toBe(error);
      expect(body.message).toMatch(/bord|link/);
    };
    const base = `${server.httpUrl}/api/boards`;
    await expectError(
      `${base}/AbCdEfGhIjKlMnOpQrSt_-/harvest?t=${board.tokens.viewer}`,
      404,
      'not_found',
    );
    await expectError(`${base}/..%2Fx/harvest?t=${board.tokens.viewer}`, 404, 'not_found');
    await expectError(harvestUrl(board, other.tokens.facilitator), 403, 'invalid_token');
    await expectError(`${base}/${board.boardId}/harvest`, 403, 'missing_token');
  });

  it('a board created without settings harvests with the defaults', async () => {
    const board = await createBoard('cirkel-van-invloed', undefined);
    const harvest = await fetchHarvest<CirkelVanInvloed.CirkelResult>(board);
    expect(harvest.result.owners.map((o) => o.name)).toEqual(['Team']);
    expect(harvest.thema).toBe('');
  });
});
