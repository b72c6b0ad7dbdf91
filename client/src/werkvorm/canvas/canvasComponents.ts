/**
 * What the werkvorm adds to tldraw's component slots: the background behind the shapes (in the
 * layer the camera moves) and "Alles in beeld" and "Ga naar" in front of the canvas.
 */
import type { TLComponents } from 'tldraw';
import '../../styles/canvas.css';
import { FocusBar } from './FocusBar';
import { WerkvormBackground } from './WerkvormBackground';

export const WERKVORM_CANVAS_COMPONENTS = {
  OnTheCanvas: WerkvormBackground,
  InFrontOfTheCanvas: FocusBar,
} satisfies TLComponents;
