import { cleanName, extensionOf, formatMegabytes, shorten } from '@/lib/evidence/evidence-rules';
import { describeNonRecording, RECORDING_CONTAINERS, type RecordingContainer, type SniffedRecording, sniffRecording } from '@/lib/evidence/sniff-recording';

export const BYTES_PER_MEGABYTE = 1024 * 1024;

export type RecordingProblem = 'empty' | 'too-large' | 'wrong-type' | 'name-mismatch' | 'bad-name';

export type RecordingCandidate = {
  /** The name the learner's device (or the recorder) gave the file; shown to people, never used as a path. */
  name: string;
  bytes: Uint8Array;
  /** The provider's limit (the setting `recordingMaxMegabytes`), in bytes. */
  maxBytes: number;
};

export type RecordingCheck = { ok: true; recording: SniffedRecording; safeName: string } | { ok: false; code: RecordingProblem; message: string };

// Every extension under which devices save each kind.
const EXTENSIONS_OF: Record<RecordingContainer, readonly string[]> = {
  webm: ['webm', 'weba'],
  matroska: ['mkv', 'mka'],
  ogg: ['ogg', 'oga', 'ogv', 'opus', 'spx'],
  mp4: ['mp4', 'm4a', 'm4v', 'm4b', 'mov', '3gp', '3gpp', '3g2'],
  mp3: ['mp3'],
  wav: ['wav', 'wave'],
};
const KIND_OF: Record<RecordingContainer, string> = {
  webm: 'a WebM recording',
  matroska: 'a Matroska recording',
  ogg: 'an Ogg recording',
  mp4: 'an MP4 recording',
  mp3: 'an MP3 recording',
  wav: 'a WAV recording',
};
const CLAIMED_KIND: Record<string, string> = {
  ...Object.fromEntries(RECORDING_CONTAINERS.flatMap((container) => EXTENSIONS_OF[container].map((extension) => [extension, KIND_OF[container]]))),
  pdf: 'a PDF',
  png: 'a PNG image',
  jpg: 'a JPEG image',
  jpeg: 'a JPEG image',
  doc: 'a Word document',
  docx: 'a Word document',
  txt: 'a text file',
};
const ACCEPTED = 'WebM, Ogg, MP4 or M4A, MP3 or WAV';

/**
 * Decides whether a file may be kept as a role-play recording. The type is judged by content:
 * a PDF renamed to .webm is refused, saying it is a PDF. A real recording whose name claims another
 * kind (a WAV named `call.mp3`) is refused too, as document uploads are, so that what the assessor
 * plays is what the name says. A name without an extension is given its content's.
 */
export function checkRecordingUpload({ name, bytes, maxBytes }: RecordingCandidate): RecordingCheck {
  // A lone UTF-16 surrogate cannot be stored as text or shown; browsers never send one.
  if (/\p{Cs}/u.test(name)) {
    return refuse('bad-name', 'The file name contains characters that cannot be stored. Rename the file and upload it again.');
  }
  const shownName = cleanName(name);
  const subject = shownName === '' ? 'This file' : `"${shownName}"`;
  if (bytes.length === 0) {
    return refuse('empty', `${subject} is empty (0 bytes). Play it on your device to check that it saved, then upload it again.`);
  }
  if (bytes.length > maxBytes) return refuse('too-large', tooLargeMessage(subject, bytes.length, maxBytes));
  const recording = sniffRecording(bytes);
  if (!recording) return refuse('wrong-type', wrongTypeMessage(subject, bytes));
  const extension = extensionOf(shownName);
  if (extension !== null && !EXTENSIONS_OF[recording.container].includes(extension)) {
    const claimed = CLAIMED_KIND[extension] ?? `a .${extension} file`;
    return refuse('name-mismatch', `${subject} is ${KIND_OF[recording.container]}, not ${claimed}: rename it to .${extensionFor(recording)} or choose the right file.`);
  }
  return { ok: true, recording, safeName: safeRecordingName(name, recording) };
}

/** The refusal for a recording over the provider's limit, also used before the body is read. */
export function tooLargeMessage(subject: string, size: number | null, maxBytes: number): string {
  const limit = `the limit is ${maxBytes / BYTES_PER_MEGABYTE} MB per recording`;
  const opening = size === null ? `${subject} is larger than ${maxBytes / BYTES_PER_MEGABYTE} MB; ${limit}` : `${subject} is ${formatMegabytes(size)}; ${limit}`;
  return `${opening}. Record a shorter take, or save it at a lower quality (sound only, or a smaller picture), and upload it again.`;
}

/** The extension a recording of this kind is given: M4A, MKA and OGG for sound only. */
export function extensionFor(recording: Pick<SniffedRecording, 'container' | 'video'>): string {
  if (recording.container === 'mp4') return recording.video ? 'mp4' : 'm4a';
  if (recording.container === 'matroska') return recording.video ? 'mkv' : 'mka';
  if (recording.container === 'ogg') return recording.video ? 'ogv' : 'ogg';
  return recording.container;
}

/** The name to store and show: never empty, and given its content's extension when it has none. */
export function safeRecordingName(name: string, recording: Pick<SniffedRecording, 'container' | 'video'>): string {
  const cleaned = cleanName(name.replace(/\p{Cs}/gu, ''));
  if (cleaned === '') return `recording.${extensionFor(recording)}`;
  return extensionOf(cleaned) === null ? shorten(`${cleaned.replace(/\.+$/, '')}.${extensionFor(recording)}`) : cleaned;
}

function wrongTypeMessage(subject: string, bytes: Uint8Array): string {
  const described = describeNonRecording(bytes);
  if (described?.kind === 'damaged') {
    return `${subject} starts like ${described.what} but is incomplete or damaged. Play it on your device to check it, then save or export it again and upload the new copy.`;
  }
  if (described) return `${subject} is ${described.what}, not a sound or video recording. Choose the recording itself: ${ACCEPTED}.`;
  return `${subject} is not a sound or video recording this site can play. Save or export it as ${ACCEPTED} and upload it again.`;
}

function refuse(code: RecordingProblem, message: string): RecordingCheck {
  return { ok: false, code, message };
}
