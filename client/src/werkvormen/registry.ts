/**
 * What each werkvorm adds to the client, one line each, keyed by the id of its definition in
 * `@werkbord/shared` (`shared/src/werkvormen/registry.ts`). A werkvorm without a folder here adds
 * nothing of its own. A test fails when a shared werkvorm is missing.
 */
import { GENERIC_CLIENT, type WerkvormClient } from '../werkvorm/werkvormClient';
import { cirkelVanInvloedClient } from './cirkel-van-invloed/index';
import { historielijnClient } from './historielijn/index';
import { SCALE_CLIENT } from './scaleClient';
import { stakeholdermapClient } from './stakeholdermap/index';

export const WERKVORM_CLIENTS: Readonly<Record<string, WerkvormClient>> = {
  historielijn: historielijnClient,
  'klaag-en-jubelmuur': GENERIC_CLIENT,
  stakeholdermap: stakeholdermapClient,
  'cirkel-van-invloed': cirkelVanInvloedClient,
  progressiecirkel: GENERIC_CLIENT,
  'hoe-werkte-het-hier': GENERIC_CLIENT,
  '2x2-vragen': GENERIC_CLIENT,
  'meerdere-stemmen': GENERIC_CLIENT,
  schaalvraag: SCALE_CLIENT,
  energiemeter: SCALE_CLIENT,
  'leeg-bord': GENERIC_CLIENT,
};

/** The entry of a werkvorm; an unknown id (a newer server?) gets the generic runtime. */
export function werkvormClient(id: string): WerkvormClient {
  return WERKVORM_CLIENTS[id] ?? GENERIC_CLIENT;
}
