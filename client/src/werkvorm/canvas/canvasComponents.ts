/**
 * What the werkvorm adds to tldraw's component slots: the background behind the shapes (in the
 * layer the camera moves) and the "Alles in beeld" button in front of the canvas.
 */
import type { TLComponents } from 'tldraw';
import '../../styles/canvas.css';
import { FitBoardButton } from './FitBoardButton';
import { WerkvormBackground } from './WerkvormBackground';

export const WERKVORM_CANVAS_COMPONENTS = {
  OnTheCanvas: WerkvormBackground,
  InFrontOfTheCanvas: FitBoardButton,
} satisfies TLComponents;
