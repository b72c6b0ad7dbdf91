import type { TLUiOverrides } from 'tldraw';

/**
 * Corrections to tldraw's Dutch texts, in the vocabulary of werkvormen: tldraw calls a sticky
 * note "Opmerking" (a remark); on a Werkbord it is a "Notitie".
 */
export const UI_OVERRIDES: TLUiOverrides = {
  translations: {
    nl: { 'tool.note': 'Notitie' },
  },
};
