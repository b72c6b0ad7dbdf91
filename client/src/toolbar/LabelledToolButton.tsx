/**
 * A toolbar button with its name in words under or beside the icon: the werkvorm's tools
 * ("Anekdote", "Kaart", "Relatie") and "Meer". tldraw's own tool buttons are icons only.
 */
import { forwardRef, type ReactNode } from 'react';
import {
  TldrawUiButtonIcon,
  TldrawUiToolbarButton,
  type TLUiIconJsx,
  type TLUiToolbarButtonProps,
} from 'tldraw';

interface LabelledToolButtonProps extends Omit<TLUiToolbarButtonProps, 'type' | 'children'> {
  /** Ignored: a popover trigger hands down `type="button"`; this is always a tool button. */
  type?: string;
  icon: string | TLUiIconJsx;
  label: string;
  /** The key as people read it, shown in the tooltip. */
  keyLabel?: string;
  /** A tool's on/off state; left out for "Meer", which opens a menu. */
  pressed?: boolean;
  children?: ReactNode;
}

export const LabelledToolButton = forwardRef<HTMLButtonElement, LabelledToolButtonProps>(
  function LabelledToolButton(
    { icon, label, keyLabel, pressed, className, children, type: _type, ...rest },
    ref,
  ) {
    return (
      <TldrawUiToolbarButton
        ref={ref}
        {...rest}
        type="tool"
        className={`werkbord-tool${className ? ` ${className}` : ''}`}
        // The label is the name; the tooltip adds the key.
        title={keyLabel ? `${label} (${keyLabel})` : label}
        aria-pressed={pressed === undefined ? undefined : pressed ? 'true' : 'false'}
      >
        <TldrawUiButtonIcon icon={icon} />
        <span className="werkbord-tool__label">{label}</span>
        {children}
      </TldrawUiToolbarButton>
    );
  },
);
