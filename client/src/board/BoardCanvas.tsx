import { useMemo } from 'react';
import { useCanvasCovered } from '../components/canvasCover';
import { Tldraw, type Editor, type TLComponents, type TLCurrentUser } from 'tldraw';
import { FACILITATION_UI_OVERRIDES } from '../facilitation/facilitationOverrides';
import { HideableCursor } from '../facilitation/HideableCursor';
import { CardMoveControl } from '../shapes/card/CardMoveControl';
import { CARD_TOOLS } from '../shapes/cardTools';
import { RELATIE_TOOLS, RelatieInFront } from '../shapes/relatie/relatieUi';
import type { BoardSession } from '../sync/BoardSession';
import { ASSET_URLS } from '../tldraw/assetUrls';
import { setUpEditor } from '../tldraw/editorSetup';
import { EDITOR_EFFECTS } from './editorEffects';
import { BINDING_UTILS, SHAPE_UTILS } from '../shapes/boardShapes';
import { TOOLBAR_UI_COMPONENTS } from '../toolbar/toolbarComponents';
import { useToolbarOverrides } from '../toolbar/useToolbarOverrides';
import { UI_OVERRIDES } from './uiOverrides';
import { WERKVORM_CANVAS_COMPONENTS } from '../werkvorm/canvas/canvasComponents';

/**
 * Pasted images are stored inside the shared document as data URLs; keep them small enough for
 * the sync server's message limit and for phones.
 */
const MAX_IMAGE_DIMENSION = 1600;
const MAX_ASSET_SIZE = 1024 * 1024;

const WerkvormInFront = WERKVORM_CANVAS_COMPONENTS.InFrontOfTheCanvas;

/** tldraw has one slot in front of the canvas; the werkvorm, the relations and "Verplaats naar…" draw there. */
function InFrontOfTheCanvas() {
  return (
    <>
      <WerkvormInFront />
      <RelatieInFront />
      <CardMoveControl />
    </>
  );
}

/** The werkvorm's canvas layers and the toolbar; one object, stable across renders. */
const COMPONENTS = {
  ...WERKVORM_CANVAS_COMPONENTS,
  ...TOOLBAR_UI_COMPONENTS,
  InFrontOfTheCanvas,
  // Cursors that a person chose to hide in the participant list stay hidden on their screen.
  CollaboratorCursor: HideableCursor,
} satisfies TLComponents;

const TOOLS = [...CARD_TOOLS, ...RELATIE_TOOLS];

const mountEditor = (editor: Editor) => setUpEditor(editor, EDITOR_EFFECTS);

interface BoardCanvasProps {
  session: BoardSession;
  user: TLCurrentUser;
  licenseKey: string | null;
}

/**
 * The tldraw editor on the session's store. Read-only for viewers via the store's collaboration mode.
 * Inert while a momentopname or a dialog covers it: no pointer, focus or key reaches it then.
 */
export function BoardCanvas({ session, user, licenseKey }: BoardCanvasProps) {
  const covered = useCanvasCovered();
  // The toolbar's tools follow the werkvorm and the drawing switch, so they come last.
  const toolbar = useToolbarOverrides();
  const overrides = useMemo(() => [UI_OVERRIDES, FACILITATION_UI_OVERRIDES, toolbar], [toolbar]);
  return (
    <div className="board__live" inert={covered} data-covered={covered || undefined}>
      <Tldraw
        store={session.store}
        user={user}
        licenseKey={licenseKey ?? undefined}
        assetUrls={ASSET_URLS}
        shapeUtils={SHAPE_UTILS}
        bindingUtils={BINDING_UTILS}
        overrides={overrides}
        tools={TOOLS}
        components={COMPONENTS}
        maxImageDimension={MAX_IMAGE_DIMENSION}
        maxAssetSize={MAX_ASSET_SIZE}
        onMount={mountEditor}
      />
    </div>
  );
}
