export * from './api.js';
export * from './closeCodes.js';
export * from './contentSecurityPolicy.js';
export * from './documents.js';
export * from './i18n.js';
export * from './roles.js';
export * from './memberKey.js';
export { sha256 } from './sha256.js';
export * from './presenceKey.js';
export * from './rooms.js';

export * from './cards/BoardCard.js';
export * from './cards/cardColors.js';
export * from './cards/cardMarks.js';
export * from './cards/cardsFromRecords.js';
export * from './cards/period.js';
export * from './cards/recordEntries.js';
export * from './cards/shapeProps.js';

export * from './werkvormen/Harvest.js';
export * from './werkvormen/harvestCells.js';
export * from './werkvormen/harvestCsv.js';
export * from './werkvormen/harvestMarkdown.js';
export * from './werkvormen/harvestChartText.js';
export { settingsSummary } from './werkvormen/settingsSummary.js';
export * from './werkvormen/Layout.js';
export * from './werkvormen/zoneColors.js';
export * from './werkvormen/SettingsSchema.js';
export * from './werkvormen/layoutVersion.js';
export type { CardMove, Placement, Step, Werkvorm } from './werkvormen/Werkvorm.js';
export { REFLECTIE_ZONE_ID } from './werkvormen/reflectie.js';
export { cardAuthors, harvestBoard, harvestVotes } from './werkvormen/harvestBoard.js';
export { WERKVORMEN, findWerkvorm } from './werkvormen/registry.js';
export * from './compare/BoardComparison.js';
export { compareBoards, type BoardToCompare } from './compare/compareBoards.js';

// Each werkvorm's own helpers (the historielijn's date mapping, the stakeholdermap's rings…).
export * as Historielijn from './werkvormen/historielijn/index.js';
export * as KlaagEnJubelmuur from './werkvormen/klaag-en-jubelmuur/index.js';
export * as Stakeholdermap from './werkvormen/stakeholdermap/index.js';
export * as CirkelVanInvloed from './werkvormen/cirkel-van-invloed/index.js';
export * as Progressiecirkel from './werkvormen/progressiecirkel/index.js';
export * as HoeWerkteHetHier from './werkvormen/hoe-werkte-het-hier/index.js';
export * as TweeKeerTweeVragen from './werkvormen/2x2-vragen/index.js';
export * as MeerdereStemmen from './werkvormen/meerdere-stemmen/index.js';
export * as LeegBord from './werkvormen/leeg-bord/index.js';
export * as Schaalvraag from './werkvormen/schaalvraag/index.js';
export * as Energiemeter from './werkvormen/energiemeter/index.js';
// Per-person markers on scales, shared by the schaalvraag and the energiemeter.
export * as Markers from './markers/index.js';

export * from './facilitation/sessionState.js';
export * from './facilitation/votes.js';
export * from './join/joinCode.js';
