import { Tldraw, type TLCurrentUser } from 'tldraw';
import type { BoardSession } from '../sync/BoardSession';
import { ASSET_URLS } from '../tldraw/assetUrls';
import { setUpEditor } from '../tldraw/editorSetup';
import { BINDING_UTILS, SHAPE_UTILS } from '../tldraw/shapeUtils';
import { UI_OVERRIDES } from '../tldraw/uiOverrides';

/**
 * Pasted images are stored inside the shared document as data URLs; keep them small enough for
 * the sync server's message limit and for phones.
 */
const MAX_IMAGE_DIMENSION = 1600;
const MAX_ASSET_SIZE = 1024 * 1024;

interface BoardCanvasProps {
  session: BoardSession;
  user: TLCurrentUser;
  licenseKey: string | null;
}

/** The tldraw editor on the session's store. Read-only for viewers via the store's collaboration mode. */
export function BoardCanvas({ session, user, licenseKey }: BoardCanvasProps) {
  return (
    <Tldraw
      store={session.store}
      user={user}
      licenseKey={licenseKey ?? undefined}
      assetUrls={ASSET_URLS}
      shapeUtils={SHAPE_UTILS}
      bindingUtils={BINDING_UTILS}
      overrides={UI_OVERRIDES}
      maxImageDimension={MAX_IMAGE_DIMENSION}
      maxAssetSize={MAX_ASSET_SIZE}
      onMount={setUpEditor}
    />
  );
}
