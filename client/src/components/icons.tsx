/** Small line icons for the facilitation buttons, drawn in `currentColor` (our own shapes). */
import type { ReactNode } from 'react';

/** The frame every line icon of the session tools shares. */
export function LineIcon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="facilitation-icon"
      viewBox="0 0 20 20"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

export const ClockIcon = () => (
  <LineIcon>
    <circle cx="10" cy="11" r="6.5" />
    <path d="M10 7.5V11l2.3 1.6M8 2.5h4" />
  </LineIcon>
);

export const PlayIcon = () => (
  <LineIcon>
    <path d="M7 5l8 5-8 5z" fill="currentColor" />
  </LineIcon>
);

export const PauseIcon = () => (
  <LineIcon>
    <path d="M7 5v10M13 5v10" strokeWidth="2.6" />
  </LineIcon>
);

export const ResetIcon = () => (
  <LineIcon>
    <path d="M5 5l10 10M15 5L5 15" />
  </LineIcon>
);

export const LockIcon = ({ open = false }: { open?: boolean }) => (
  <LineIcon>
    <rect x="4.5" y="9" width="11" height="8" rx="1.5" />
    <path d={open ? 'M7 9V6.5a3 3 0 0 1 5.8-1' : 'M7 9V6.5a3 3 0 0 1 6 0V9'} />
  </LineIcon>
);

export const PinIcon = () => (
  <LineIcon>
    <path d="M10 12v5M6 12h8l-1.5-3V4.5h-5V9z" />
  </LineIcon>
);

export const GatherIcon = () => (
  <LineIcon>
    <circle cx="10" cy="10" r="2.2" fill="currentColor" />
    <path d="M10 2.5v3M10 14.5v3M2.5 10h3M14.5 10h3" />
  </LineIcon>
);

export const EyeIcon = ({ crossed = false }: { crossed?: boolean }) => (
  <LineIcon>
    <path d="M2 10s3-5.5 8-5.5S18 10 18 10s-3 5.5-8 5.5S2 10 2 10z" />
    <circle cx="10" cy="10" r="2.3" />
    {crossed && <path d="M3.5 3.5l13 13" />}
  </LineIcon>
);

export const RoundIcon = () => (
  <LineIcon>
    <circle cx="10" cy="4" r="1.6" fill="currentColor" />
    <circle cx="16" cy="12.5" r="1.6" fill="currentColor" />
    <circle cx="4" cy="12.5" r="1.6" fill="currentColor" />
    <path d="M13.6 5.6a6.5 6.5 0 0 1 2.7 4.3M6.4 5.6A6.5 6.5 0 0 0 3.7 9.9M6.3 16.3a6.5 6.5 0 0 0 7.4 0" />
  </LineIcon>
);

export const SoundIcon = ({ on }: { on: boolean }) => (
  <LineIcon>
    <path d="M3.5 8v4h3l4 3.5v-11l-4 3.5z" />
    {on ? (
      <path d="M13.5 7.5a3.5 3.5 0 0 1 0 5M15.5 5.5a6.5 6.5 0 0 1 0 9" />
    ) : (
      <path d="M13.5 8l4 4M17.5 8l-4 4" />
    )}
  </LineIcon>
);
