import type { Werkvorm } from '../Werkvorm.js';

/** An empty board without structure, for free drawing and writing. */
export const leegBord: Werkvorm = {
  id: 'leeg-bord',
  name: { nl: 'Leeg bord', en: 'Empty board' },
  description: {
    nl: 'Een vrij canvas zonder vaste structuur: tekenen, schrijven en notities plakken.',
    en: 'A free canvas without fixed structure: draw, write and place notes.',
  },
};
