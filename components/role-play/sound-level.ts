// Below this root-mean-square amplitude (of a full scale of 1) the microphone is taken to hear nothing.
export const SOUND_THRESHOLD = 0.01;
// The meter redraws at most this often: enough for the eye, little work for the page.
const UPDATE_MS = 100;

/** The loudness of a block of samples (-1 to 1): their root mean square. */
export function rootMeanSquare(samples: Float32Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  return Math.sqrt(sum / samples.length);
}

/**
 * Follows the stream's loudness with a Web Audio AnalyserNode, calling `onLevel` with the root
 * mean square about ten times a second. Returns the function that stops it, or null when the
 * browser has no Web Audio or the stream no sound track (recording still works without a meter).
 */
export function followSoundLevel(stream: MediaStream, onLevel: (level: number) => void): (() => void) | null {
  if (typeof AudioContext === 'undefined' || stream.getAudioTracks().length === 0) return null;
  const audio = new AudioContext();
  const analyser = audio.createAnalyser();
  analyser.fftSize = 1024;
  audio.createMediaStreamSource(stream).connect(analyser);
  void audio.resume().catch(() => undefined);
  const samples = new Float32Array(analyser.fftSize);
  let frame = 0;
  let lastUpdate = 0;
  const tick = (now: number) => {
    if (now - lastUpdate >= UPDATE_MS) {
      analyser.getFloatTimeDomainData(samples);
      onLevel(rootMeanSquare(samples));
      lastUpdate = now;
    }
    frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return () => {
    cancelAnimationFrame(frame);
    void audio.close().catch(() => undefined);
  };
}
