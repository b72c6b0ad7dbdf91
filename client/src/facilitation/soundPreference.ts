/**
 * Whether this person wants a soft sound when the timer ends: off unless they switched it on,
 * remembered in this browser (storage may be unavailable; then it is simply forgotten).
 */
const KEY = 'werkbord.timerSound';

export function loadSoundPreference(): boolean {
  try {
    return window.localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

export function saveSoundPreference(on: boolean): void {
  try {
    window.localStorage.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // Remembered for this page only.
  }
}
