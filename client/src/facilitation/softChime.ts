/**
 * A soft two-note chime, synthesised with WebAudio (no sound files): two sine tones that fade in
 * and out, quiet enough for a meeting room. Browsers only allow sound after a click, so the
 * audio context is created when the person switches the sound on (`unlockSound`).
 */
let context: AudioContext | null = null;

function audioContext(): AudioContext | null {
  if (context) return context;
  const Context = window.AudioContext as typeof AudioContext | undefined;
  if (!Context) return null;
  context = new Context();
  return context;
}

/** Call from a click: creates or resumes the audio context. */
export function unlockSound(): void {
  void audioContext()?.resume();
}

const NOTES = [
  { frequency: 659.25, at: 0 }, // E5
  { frequency: 523.25, at: 0.32 }, // C5
];
const NOTE_SECONDS = 0.9;
const VOLUME = 0.12;

export function playSoftChime(): void {
  const audio = audioContext();
  if (!audio) return;
  void audio.resume();
  const start = audio.currentTime + 0.02;
  for (const { frequency, at } of NOTES) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    const t0 = start + at;
    gain.gain.setValueAtTime(0, t0);
    gain.gain.linearRampToValueAtTime(VOLUME, t0 + 0.04);
    gain.gain.exponentialRampToValueAtTime(0.0001, t0 + NOTE_SECONDS);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(t0);
    oscillator.stop(t0 + NOTE_SECONDS + 0.05);
  }
}
