import { cardsFromRecords } from '../cards/cardsFromRecords.js';
import type { Harvest } from './Harvest.js';
import { settingsOrDefaults } from './SettingsSchema.js';
import type { Werkvorm } from './Werkvorm.js';

/**
 * The harvest of a stored board: its tldraw records (the content document's values) and its stored
 * settings (the control document's `settings`, possibly old or missing), read the same way on the
 * server (`GET /api/boards/<id>/harvest`) and in the client.
 */
export function harvestBoard(
  werkvorm: Werkvorm,
  records: readonly unknown[],
  storedSettings: unknown,
  reflectionAnswers: readonly string[] = [],
): Harvest {
  const { cards, relations } = cardsFromRecords(records);
  const settings = settingsOrDefaults(werkvorm.settings, storedSettings);
  return werkvorm.harvest(cards, relations, settings, reflectionAnswers);
}
