/** The stakeholdermap in the client: relations may end in the initiative at its centre. */
import { Stakeholdermap, findZone } from '@werkbord/shared';
import type { WerkvormClient } from '../../werkvorm/werkvormClient';

export const stakeholdermapClient: WerkvormClient = {
  relationCentre(layout) {
    const zone = findZone(layout, Stakeholdermap.CENTRE_ZONE_ID);
    return zone?.kind === 'circle' ? { kind: 'circle', cx: zone.cx, cy: zone.cy, r: zone.r } : null;
  },
};
