import { sniffEbml, startsLikeEbml } from '@/lib/evidence/sniff-ebml';
import { startsWithPdfHeader } from '@/lib/evidence/sniff-media-type';
import { sniffMpegAudio, startsLikeMp3 } from '@/lib/evidence/sniff-mpeg-audio';
import { isMp4FamilyImage, sniffMp4, startsLikeMp4 } from '@/lib/evidence/sniff-mp4';

/** The kinds of sound or video file a role-play recording may be. */
export const RECORDING_CONTAINERS = ['webm', 'matroska', 'ogg', 'mp4', 'mp3', 'wav'] as const;
export type RecordingContainer = (typeof RECORDING_CONTAINERS)[number];

export type RecordingMediaType =
  | 'audio/webm'
  | 'video/webm'
  | 'audio/x-matroska'
  | 'video/x-matroska'
  | 'audio/ogg'
  | 'video/ogg'
  | 'audio/mp4'
  | 'video/mp4'
  | 'audio/mpeg'
  | 'audio/wav';

export type SniffedRecording = { container: RecordingContainer; video: boolean; mediaType: RecordingMediaType };

const MEDIA_TYPES: Record<RecordingContainer, { audio: RecordingMediaType; video: RecordingMediaType }> = {
  webm: { audio: 'audio/webm', video: 'video/webm' },
  matroska: { audio: 'audio/x-matroska', video: 'video/x-matroska' },
  ogg: { audio: 'audio/ogg', video: 'video/ogg' },
  mp4: { audio: 'audio/mp4', video: 'video/mp4' },
  mp3: { audio: 'audio/mpeg', video: 'audio/mpeg' },
  wav: { audio: 'audio/wav', video: 'audio/wav' },
};

// The first packet of an Ogg logical stream names its codec.
const OGG_CODECS: readonly { magic: readonly number[]; video: boolean }[] = [
  { magic: ascii('OpusHead'), video: false },
  { magic: [0x01, ...ascii('vorbis')], video: false },
  { magic: ascii('Speex   '), video: false },
  { magic: [0x7f, ...ascii('FLAC')], video: false },
  { magic: [0x80, ...ascii('theora')], video: true },
];
const OGG_PAGE_HEADER_LENGTH = 27;
const OGG_BEGINNING_OF_STREAM = 0x02;

/**
 * What recording the bytes really are, judged only by their content (never the name or the type
 * the browser claims), or null for anything else. Each kind must be complete enough to play: the
 * header that says what the tracks hold must be there.
 *
 * - WebM / Matroska: the EBML header 1A 45 DF A3 with its DocType, then Tracks before any Cluster.
 * - Ogg: "OggS" pages starting streams whose first packet names a known sound or video codec.
 * - MP4 / M4A / MOV / 3GP: an `ftyp` box at offset 4, then a `moov` box with a sound or video track.
 * - MP3: an ID3v2 tag and/or MPEG audio frames (sync 0xFFE), checked frame to frame.
 * - WAV: "RIFF" … "WAVE" with a complete `fmt ` chunk.
 */
export function sniffRecording(bytes: Uint8Array): SniffedRecording | null {
  const found = sniffContainer(bytes);
  if (!found) return null;
  return { ...found, mediaType: MEDIA_TYPES[found.container][found.video ? 'video' : 'audio'] };
}

function sniffContainer(bytes: Uint8Array): { container: RecordingContainer; video: boolean } | null {
  if (startsLikeEbml(bytes)) return sniffEbml(bytes);
  if (startsWith(bytes, ascii('OggS'))) return sniffOgg(bytes);
  if (startsLikeMp4(bytes)) {
    const mp4 = sniffMp4(bytes);
    return mp4 ? { container: 'mp4', video: mp4.video } : null;
  }
  if (isWave(bytes)) return hasWaveFormat(bytes) ? { container: 'wav', video: false } : null;
  if (startsLikeMp3(bytes)) return sniffMpegAudio(bytes) ? { container: 'mp3', video: false } : null;
  return null;
}

/**
 * For a refusal: what the bytes are when they are not a recording, such as "a PDF", or that they
 * start like one kind of recording but are cut off or damaged.
 */
export function describeNonRecording(bytes: Uint8Array): { kind: 'other'; what: string } | { kind: 'damaged'; what: string } | null {
  if (startsLikeEbml(bytes)) return { kind: 'damaged', what: 'a WebM recording' };
  if (startsWith(bytes, ascii('OggS'))) return { kind: 'damaged', what: 'an Ogg recording' };
  if (isMp4FamilyImage(bytes)) return { kind: 'other', what: 'an HEIC or AVIF photo' };
  if (startsLikeMp4(bytes)) return { kind: 'damaged', what: 'an MP4 recording' };
  if (isWave(bytes)) return { kind: 'damaged', what: 'a WAV recording' };
  if (startsWithPdfHeader(bytes)) return { kind: 'other', what: 'a PDF' };
  if (startsWith(bytes, [0x89, ...ascii('PNG')])) return { kind: 'other', what: 'a PNG image' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'other', what: 'a JPEG image' };
  if (startsWith(bytes, ascii('GIF8'))) return { kind: 'other', what: 'a GIF image' };
  if (startsWith(bytes, [...ascii('PK'), 0x03, 0x04])) return { kind: 'other', what: 'a ZIP archive or an Office document' };
  if (startsWith(bytes, ascii('RIFF')) && matchesAt(bytes, ascii('AVI '), 8)) return { kind: 'other', what: 'an AVI video, which browsers cannot play' };
  if (startsWith(bytes, ascii('ID3'))) return { kind: 'damaged', what: 'an MP3 recording' };
  if (looksLikeText(bytes)) return { kind: 'other', what: 'a text file' };
  return null;
}

function sniffOgg(bytes: Uint8Array): { container: 'ogg'; video: boolean } | null {
  const codecs: boolean[] = [];
  // A file opens with the first page of every stream it holds (each flagged "beginning of stream").
  for (let at = 0; matchesAt(bytes, ascii('OggS'), at) && ((bytes[at + 5] ?? 0) & OGG_BEGINNING_OF_STREAM) !== 0; ) {
    if (bytes[at + 4] !== 0 || at + OGG_PAGE_HEADER_LENGTH > bytes.length) return null;
    const segments = bytes[at + 26] ?? 0;
    const dataStart = at + OGG_PAGE_HEADER_LENGTH + segments;
    if (dataStart > bytes.length) return null;
    let dataLength = 0;
    for (let index = 0; index < segments; index += 1) dataLength += bytes[at + OGG_PAGE_HEADER_LENGTH + index] ?? 0;
    if (dataStart + dataLength > bytes.length) return null;
    const codec = OGG_CODECS.find(({ magic }) => matchesAt(bytes, magic, dataStart));
    if (codec) codecs.push(codec.video);
    at = dataStart + dataLength;
  }
  return codecs.length === 0 ? null : { container: 'ogg', video: codecs.includes(true) };
}

function isWave(bytes: Uint8Array): boolean {
  return startsWith(bytes, ascii('RIFF')) && matchesAt(bytes, ascii('WAVE'), 8);
}

/** A WAV's chunks follow "WAVE"; the `fmt ` chunk (at least 16 bytes) must be there, whole. */
function hasWaveFormat(bytes: Uint8Array): boolean {
  for (let at = 12; at + 8 <= bytes.length; ) {
    const size = (bytes[at + 4] ?? 0) + (bytes[at + 5] ?? 0) * 0x100 + (bytes[at + 6] ?? 0) * 0x10000 + (bytes[at + 7] ?? 0) * 0x1000000;
    if (matchesAt(bytes, ascii('fmt '), at)) return size >= 16 && at + 8 + size <= bytes.length;
    // Chunks are padded to an even length.
    at += 8 + size + (size % 2);
  }
  return false;
}

/** Printable UTF-8 (with tabs and line breaks) throughout the first 1 kB. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  const sample = bytes.subarray(0, 1024);
  let text: string;
  try {
    // A multi-byte character cut at the sample's end is not a reason to call it binary.
    text = new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
  } catch {
    return false;
  }
  return !Array.from(text).some((character) => {
    const code = character.codePointAt(0) ?? 0;
    return (code < 0x20 && !'\t\n\f\r'.includes(character)) || code === 0x7f;
  });
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return matchesAt(bytes, prefix, 0);
}

function matchesAt(bytes: Uint8Array, expected: readonly number[], offset: number): boolean {
  if (offset < 0 || bytes.length < offset + expected.length) return false;
  return expected.every((value, index) => bytes[offset + index] === value);
}

function ascii(text: string): number[] {
  return Array.from(text, (character) => character.charCodeAt(0));
}
