/** Why the recorder could not start, each with its own advice (`recorder-problem.tsx`). */
export type CaptureProblem = 'no-device' | 'refused' | 'busy' | 'no-recorder' | 'failed';

export type Capture = { ok: true; stream: MediaStream; recorderType: string | null } | { ok: false; problem: CaptureProblem };

// In order of preference: WebM with Opus where the browser has it (Chrome, Edge, Firefox), then Ogg, then MP4 (Safari).
const AUDIO_TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'];
const VIDEO_TYPES = ['video/webm;codecs=vp8,opus', 'video/webm', 'video/mp4'];

/** The first container the browser's MediaRecorder can write, or null to let it choose. */
export function recorderTypeFor(video: boolean, isTypeSupported: (type: string) => boolean): string | null {
  return (video ? VIDEO_TYPES : AUDIO_TYPES).find((type) => isTypeSupported(type)) ?? null;
}

/** getUserMedia's refusals by name (older names too), as the problem the learner can act on. */
export function problemFromError(error: unknown): CaptureProblem {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  switch (name) {
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'no-device';
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'refused';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    default:
      return 'failed';
  }
}

/** Asks for the microphone (and the camera with `video`), after checking the browser can record at all. */
export async function requestCapture(video: boolean): Promise<Capture> {
  const mediaDevices = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
  if (typeof mediaDevices?.getUserMedia !== 'function' || typeof MediaRecorder === 'undefined') return { ok: false, problem: 'no-recorder' };
  try {
    const stream = await mediaDevices.getUserMedia({ audio: true, video });
    return { ok: true, stream, recorderType: recorderTypeFor(video, (type) => MediaRecorder.isTypeSupported(type)) };
  } catch (error) {
    return { ok: false, problem: problemFromError(error) };
  }
}

/** The file extension for what the recorder wrote, so the server's name check agrees with the content. */
export function extensionForRecorderType(type: string, video: boolean): string {
  const container = type.split(';')[0]?.trim().toLowerCase() ?? '';
  if (container.endsWith('/mp4')) return video ? 'mp4' : 'm4a';
  if (container.endsWith('/ogg')) return video ? 'ogv' : 'ogg';
  if (container.endsWith('/x-matroska')) return 'mkv';
  return 'webm';
}
