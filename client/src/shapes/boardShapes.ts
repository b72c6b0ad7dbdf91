/**
 * The shapes and bindings of a Werkbord board, shared by the store (schema) and the editor
 * (rendering); both must get the same lists. Card kinds come from `cardKinds.ts`.
 */
import { EmbedShapeUtil, defaultBindingUtils, defaultShapeUtils } from 'tldraw';
import { CARD_KINDS } from './cardKinds';
import { RelatieEndBindingUtil } from './relatie/RelatieEndBindingUtil';
import { RelatieShapeUtil } from './relatie/RelatieShapeUtil';

/**
 * Embeds (YouTube, Figma, maps…) are iframes to other hosts; the board promises to contact no
 * host but its own, so pasted links become plain bookmarks instead.
 */
const LocalOnlyEmbedShapeUtil = EmbedShapeUtil.configure({ embedDefinitions: [] });

export const SHAPE_UTILS = [
  ...defaultShapeUtils.filter((util) => util.type !== 'embed'),
  LocalOnlyEmbedShapeUtil,
  ...Object.values(CARD_KINDS).map((kind) => kind.shapeUtil),
  RelatieShapeUtil,
];

export const BINDING_UTILS = [...defaultBindingUtils, RelatieEndBindingUtil];
