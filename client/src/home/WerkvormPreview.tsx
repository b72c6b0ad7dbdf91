import { settingsOrDefaults, type Werkvorm } from '@werkbord/shared';
import { useMemo } from 'react';
import { useUiStore } from '../state/uiStore';
import { LayoutSvg } from '../werkvorm/LayoutSvg';

interface WerkvormPreviewProps {
  werkvorm: Werkvorm;
  /** The settings to draw (invalid ones fall back to the defaults). */
  settings: unknown;
}

/** A werkvorm's background in small, without texts: what the board will look like. */
export function WerkvormPreview({ werkvorm, settings }: WerkvormPreviewProps) {
  const language = useUiStore((state) => state.language);
  const layout = useMemo(
    () => werkvorm.layout(settingsOrDefaults(werkvorm.settings, settings)),
    [werkvorm, settings],
  );
  const { x, y, w, h } = layout.bounds;
  if (w <= 0 || h <= 0) return <BlankPreview />;
  return (
    <svg
      className="werkvorm-preview"
      viewBox={`${x} ${y} ${w} ${h}`}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
      focusable="false"
    >
      <LayoutSvg layout={layout} language={language} withoutTexts />
    </svg>
  );
}

/** A board without a background: a dotted canvas with a few notes on it. */
function BlankPreview() {
  return (
    <svg
      className="werkvorm-preview"
      viewBox="0 0 160 100"
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <pattern id="werkvorm-preview-dots" width="10" height="10" patternUnits="userSpaceOnUse">
          <circle cx="5" cy="5" r="0.8" fill="#9fa8b2" />
        </pattern>
      </defs>
      <rect x="0" y="0" width="160" height="100" fill="url(#werkvorm-preview-dots)" />
      <rect
        x="34"
        y="26"
        width="28"
        height="28"
        rx="2"
        fill="#fcd34d"
        transform="rotate(-4 48 40)"
      />
      <rect
        x="72"
        y="40"
        width="28"
        height="28"
        rx="2"
        fill="#93c5fd"
        transform="rotate(3 86 54)"
      />
      <rect
        x="108"
        y="22"
        width="28"
        height="28"
        rx="2"
        fill="#86efac"
        transform="rotate(-2 122 36)"
      />
    </svg>
  );
}
