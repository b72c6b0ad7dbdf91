/** A card's colours in its zone live in shared: the server draws thumbnails with the same values. */
export { cardColors, tint, type CardColors } from '@werkbord/shared';
