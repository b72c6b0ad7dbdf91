import { renderAsync } from '@resvg/resvg-js';
import {
  cardColors,
  findWerkvorm,
  findZone,
  KlaagEnJubelmuur,
  Markers,
  type BoardCard,
  type Werkvorm,
  zoneBounds,
} from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { thumbnailSvg } from './thumbnailSvg.js';

const werkvorm = KlaagEnJubelmuur.klaagEnJubelmuur as Werkvorm;
const layout = werkvorm.layout({ thema: '' });
const klaagmuur = zoneBounds(findZone(layout, 'klaagmuur')!);

const kaart: BoardCard = {
  id: 'k',
  kind: 'kaart',
  x: klaagmuur.x + 100,
  y: klaagmuur.y + 100,
  w: 600,
  h: 400,
  text: 'Te veel overleg',
  author: 'Anna',
  createdAt: null,
};

/** The RGB of the rendered pixel at page point (x, y). */
async function pixelAt(svg: ReturnType<typeof thumbnailSvg>, width: number, x: number, y: number) {
  const image = await renderAsync(svg.svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false },
  });
  const viewBox = /viewBox="([-\d.]+) ([-\d.]+) ([-\d.]+)/.exec(svg.svg)!;
  const scale = image.width / Number(viewBox[3]);
  const px = Math.round((x - Number(viewBox[1])) * scale);
  const py = Math.round((y - Number(viewBox[2])) * scale);
  const at = (py * image.width + px) * 4;
  const hex = (i: number) => image.pixels[at + i]!.toString(16).padStart(2, '0');
  return `#${hex(0)}${hex(1)}${hex(2)}`;
}

describe('thumbnailSvg', () => {
  it('draws the werkvorm’s zones and each card in its zone’s colours', async () => {
    const svg = thumbnailSvg(werkvorm, layout, [kaart], [], 320);
    expect(svg.width).toBeGreaterThan(layout.bounds.w);
    expect(svg.svg).toContain(`fill="${cardColors('kaart', 'red').fill}"`);
    // Where the card lies (left of its text bars), the thumbnail shows the card's face colour.
    expect(await pixelAt(svg, 320, kaart.x + 300, kaart.y + kaart.h - 60)).toBe(
      cardColors('kaart', 'red').fill,
    );
    // Outside every zone and card it is white.
    expect(
      await pixelAt(svg, 320, layout.bounds.x + 5, layout.bounds.y + layout.bounds.h + 20),
    ).toBe('#ffffff');
  });

  it('draws a person’s marker in their colour, and last time’s faded, but no scale column', async () => {
    const schaalvraag = findWerkvorm('schaalvraag')!;
    const settings = {
      thema: '',
      doel: '',
      rondes: [
        {
          id: 'r1',
          date: '2026-03-03',
          markers: [{ owner: 'o', name: 'Anna', colour: '#c92a2a', meter: 'nu', value: 2 }],
        },
      ],
    };
    const scaleLayout = schaalvraag.layout(settings) as Markers.ScaleLayout;
    const scale = scaleLayout.meters[0]!;
    const x = Markers.columnCentreX(scale, 7);
    const y = Markers.slotCentreY(scale, 0);
    const marker: BoardCard = {
      id: 'm',
      kind: 'markering',
      owner: 'o',
      colour: '#1864ab',
      meter: 'nu',
      x: x - 135,
      y: y - 32,
      w: 270,
      h: 64,
      author: 'Anna',
      createdAt: null,
    };
    const svg = thumbnailSvg(schaalvraag, scaleLayout, [marker], [], 320);
    expect(await pixelAt(svg, 320, x, y)).toBe('#1864ab');
    expect(svg.svg).toContain('fill="#c92a2a" fill-opacity="0.3"');
    // The hidden columns of the scale are not drawn as zones.
    expect(await pixelAt(svg, 320, Markers.columnCentreX(scale, 9), y)).toBe('#ffffff');
  });

  it('draws a board without layout or cards as a blank page', () => {
    const blank = werkvorm.layout({ thema: '' });
    const svg = thumbnailSvg(
      werkvorm,
      { ...blank, zones: [], marks: [], bounds: { x: 0, y: 0, w: 0, h: 0 } },
      [],
      [],
      320,
    );
    expect(svg).toMatchObject({ width: 800, height: 600 });
  });
});
