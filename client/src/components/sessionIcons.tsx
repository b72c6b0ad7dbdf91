/** Line icons for "privé schrijven" and "stemmen", in the facilitation bar's style (`currentColor`). */
import { LineIcon as Icon } from './icons';

/** A card with a closed eye: written, not shown. */
export const PrivateIcon = () => (
  <Icon>
    <rect x="3" y="3" width="14" height="14" rx="2" />
    <path d="M6.5 9.5c1 1.4 2.2 2 3.5 2s2.5-.6 3.5-2M8 11.3l-.8 1.4M12 11.3l.8 1.4" />
  </Icon>
);

/** An open eye: show everything. */
export const RevealIcon = () => (
  <Icon>
    <path d="M2.5 10S5.2 5 10 5s7.5 5 7.5 5-2.7 5-7.5 5-7.5-5-7.5-5z" />
    <circle cx="10" cy="10" r="2.2" />
  </Icon>
);

/** Three dots, as on a voted card. */
export const DotsIcon = () => (
  <Icon>
    <circle cx="5.5" cy="12.5" r="2.2" fill="currentColor" />
    <circle cx="10" cy="7" r="2.2" fill="currentColor" />
    <circle cx="14.5" cy="12.5" r="2.2" fill="currentColor" />
  </Icon>
);

export const StopIcon = () => (
  <Icon>
    <rect x="5" y="5" width="10" height="10" rx="1.5" />
  </Icon>
);
