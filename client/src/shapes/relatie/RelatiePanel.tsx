/**
 * The relation's contextual panel, just above the selection (below it when there is no room):
 * - relations selected: a segmented control for their strength (sterk / zwak / aandacht nodig);
 * - exactly two cards selected that are not related yet: "Verbind";
 * - the relation tool on: a one-line hint of how to use it.
 * Real (toggle) buttons, so Tab, Enter and Space work; hidden for viewers and while dragging.
 */
import { CENTRE, RELATION_STRENGTH_LABELS, RelationStrength } from '@werkbord/shared';
import { Box, useEditor, useValue, type Editor, type TLShapeId } from 'tldraw';
import type { MessageKey } from '../../i18n/nl';
import { useLocalized, useT } from '../../i18n/useT';
import '../../styles/relatie.css';
import { keepKeysFromCanvas } from '../../components/keepKeysFromCanvas';
import { relationsEnabled } from './relatieCentre';
import { STRENGTH_KEYS, VERBIND_KEY_LABEL } from './relatieKeys';
import {
  canRelate,
  connectSelected,
  isRelatie,
  relatieEnds,
  selectedPair,
  setRelatieStrength,
} from './relatieEditor';
import { RELATIE_TOOL_ID, type RelatieTool } from './RelatieTool';

const STRENGTHS = Object.values(RelationStrength);

const HINT = {
  first: 'relatie.hint.first',
  second: 'relatie.hint.second',
  drop: 'relatie.hint.drop',
} as const satisfies Record<string, MessageKey>;

/** Room kept free for tldraw's menus at the top and its toolbar at the bottom (phone layout). */
const TOP_RESERVE = 56;
const BOTTOM_RESERVE = 120;
const GAP = 12;
/** About half the strength control's width, so it is not pushed off a phone's screen. */
const HALF_WIDTH = 180;

type PanelState =
  | { kind: 'hint'; step: 'first' | 'second' | 'drop' }
  | { kind: 'strength'; ids: ReturnType<Editor['getSelectedShapeIds']>; current: string | null }
  | { kind: 'verbind' };

function panelState(editor: Editor): PanelState | null {
  if (editor.getIsReadonly()) return null;
  if (editor.getCurrentToolId() === RELATIE_TOOL_ID) {
    const draft = editor.getStateDescendant<RelatieTool>(RELATIE_TOOL_ID)?.draft.get();
    return { kind: 'hint', step: !draft ? 'first' : draft.dragging ? 'drop' : 'second' };
  }
  if (!editor.isIn('select.idle')) return null;
  const selected = editor.getSelectedShapes();
  if (selected.length > 0 && selected.every(isRelatie)) {
    const strengths = new Set(selected.map((shape) => shape.props.strength));
    const current = strengths.size === 1 ? [...strengths][0]! : null;
    return { kind: 'strength', ids: selected.map((shape) => shape.id), current };
  }
  const pair = selectedPair(editor);
  if (pair && relationsEnabled() && canRelate(editor, ...pair)) return { kind: 'verbind' };
  return null;
}

/** What the panel sits next to: the selection, and for relations the cards they join too. */
function anchorBounds(editor: Editor, state: PanelState): Box | null {
  if (state.kind === 'hint') return null;
  const boxes = [editor.getSelectionPageBounds()];
  if (state.kind === 'strength') {
    for (const id of state.ids) {
      const relation = editor.getShape(id);
      if (!isRelatie(relation)) continue;
      for (const end of relatieEnds(editor, relation)) {
        if (end !== CENTRE) boxes.push(editor.getShapePageBounds(end as TLShapeId) ?? null);
      }
    }
  }
  const present = boxes.filter((box): box is Box => box !== null);
  return present.length > 0 ? Box.Common(present) : null;
}

/** Where the panel goes, in viewport pixels: centred above its anchor, kept on screen. */
function panelPosition(editor: Editor, state: PanelState) {
  const viewport = editor.getViewportScreenBounds();
  const bounds = anchorBounds(editor, state);
  if (!bounds) return { left: viewport.w / 2, top: TOP_RESERVE, above: false };
  const top = editor.pageToViewport({ x: bounds.midX, y: bounds.minY });
  const bottom = editor.pageToViewport({ x: bounds.midX, y: bounds.maxY });
  const margin = Math.min(HALF_WIDTH, viewport.w / 2);
  const left = Math.min(Math.max(top.x, margin), viewport.w - margin);
  if (top.y - GAP > TOP_RESERVE + 48) return { left, top: top.y - GAP, above: true };
  const below = Math.min(Math.max(bottom.y + GAP, TOP_RESERVE), viewport.h - BOTTOM_RESERVE);
  return { left, top: below, above: false };
}

export function RelatiePanel() {
  const editor = useEditor();
  const t = useT();
  const localized = useLocalized();
  const view = useValue(
    'werkbord-relatie panel',
    () => {
      const state = panelState(editor);
      return state && { state, position: panelPosition(editor, state) };
    },
    [editor],
  );
  if (!view) return null;
  const { state, position } = view;

  const style = { left: position.left, top: position.top };
  const placement = position.above ? 'above' : 'below';

  if (state.kind === 'hint') {
    return (
      <p
        className="relatie-panel relatie-panel--hint"
        style={style}
        data-testid="relatie-hint"
        role="status"
      >
        {t(HINT[state.step])}
      </p>
    );
  }

  if (state.kind === 'verbind') {
    return (
      <div
        className="relatie-panel"
        style={style}
        data-placement={placement}
        {...keepKeysFromCanvas}
      >
        <button
          type="button"
          className="relatie-panel__button"
          data-testid="relatie-verbind"
          aria-label={t('relatie.verbind.label')}
          aria-keyshortcuts={VERBIND_KEY_LABEL}
          title={`${t('relatie.verbind.label')} (${VERBIND_KEY_LABEL})`}
          onClick={() => connectSelected(editor)}
        >
          {t('relatie.verbind')}
        </button>
      </div>
    );
  }

  return (
    <div
      className="relatie-panel"
      style={style}
      data-placement={placement}
      {...keepKeysFromCanvas}
      role="group"
      aria-label={t('relatie.strength')}
      data-testid="relatie-strength"
    >
      {STRENGTHS.map((strength) => (
        <button
          key={strength}
          type="button"
          aria-pressed={state.current === strength}
          className="relatie-panel__button"
          data-testid={`relatie-strength-${strength}`}
          data-strength={strength}
          aria-keyshortcuts={STRENGTH_KEYS[strength].label}
          title={`${localized(RELATION_STRENGTH_LABELS[strength])} (${STRENGTH_KEYS[strength].label})`}
          onClick={() => setRelatieStrength(editor, state.ids, strength)}
        >
          <svg className="relatie-panel__sample" viewBox="0 0 28 8" aria-hidden="true">
            <line x1="3" y1="4" x2="25" y2="4" data-strength={strength} />
          </svg>
          {localized(RELATION_STRENGTH_LABELS[strength])}
        </button>
      ))}
    </div>
  );
}
