/** The shape utils of Werkbord's cards, for `tldraw/shapeUtils.ts`. Safe to import in Node. */
export { AnekdoteShapeUtil } from './anekdote/AnekdoteShapeUtil';
export { KaartShapeUtil } from './kaart/KaartShapeUtil';
export { StakeholderShapeUtil } from './stakeholder/StakeholderShapeUtil';
