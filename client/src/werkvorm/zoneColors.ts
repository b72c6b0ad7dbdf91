/** The zone colours live in shared: the server draws thumbnails with the same values. */
export { NEUTRAL_ZONE_COLOR, TLDRAW_COLOR_VALUES } from '@werkbord/shared';
