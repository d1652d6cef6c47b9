// WebM and Matroska are EBML documents: an EBML header naming the document type, then a Segment
// whose Tracks element says what each track holds. Element ids keep their length marker bits;
// sizes drop theirs, and a size of all ones means "unknown" (a live recording still being written).

const EBML_HEADER = 0x1a45dfa3;
const DOC_TYPE = 0x4282;
const SEGMENT = 0x18538067;
const TRACKS = 0x1654ae6b;
const TRACK_ENTRY = 0xae;
const TRACK_TYPE = 0x83;
const CLUSTER = 0x1f43b675;
const VIDEO_TRACK = 1;
const AUDIO_TRACK = 2;

export type EbmlVerdict = { container: 'webm' | 'matroska'; video: boolean };

type Element = { id: number; dataStart: number; size: number | null };

/** True when the bytes open with the EBML magic number, so a refusal can say the file is damaged. */
export function startsLikeEbml(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3;
}

/**
 * WebM or Matroska with at least one audio or video track, read from the header and the Segment's
 * Tracks. A file cut off before its Tracks, or whose first Cluster comes before them, cannot be
 * played and is refused (null).
 */
export function sniffEbml(bytes: Uint8Array): EbmlVerdict | null {
  if (!startsLikeEbml(bytes)) return null;
  const header = readElement(bytes, 0);
  if (header?.id !== EBML_HEADER || header.size === null) return null;
  const headerEnd = header.dataStart + header.size;
  if (headerEnd > bytes.length) return null;
  const docType = findChild(bytes, header.dataStart, headerEnd, DOC_TYPE);
  const container = docType ? asciiOf(bytes, docType.dataStart, docType.dataStart + (docType.size ?? 0)) : '';
  if (container !== 'webm' && container !== 'matroska') return null;

  const segment = readElement(bytes, headerEnd);
  if (segment?.id !== SEGMENT) return null;
  const segmentEnd = segment.size === null ? bytes.length : Math.min(bytes.length, segment.dataStart + segment.size);
  for (let at = segment.dataStart; at < segmentEnd; ) {
    const child = readElement(bytes, at);
    if (!child || child.id === CLUSTER || child.size === null) return null;
    const end = child.dataStart + child.size;
    if (child.id === TRACKS) {
      if (end > bytes.length) return null;
      const types = trackTypes(bytes, child.dataStart, end);
      if (!types.includes(VIDEO_TRACK) && !types.includes(AUDIO_TRACK)) return null;
      return { container, video: types.includes(VIDEO_TRACK) };
    }
    at = end;
  }
  return null;
}

function trackTypes(bytes: Uint8Array, start: number, end: number): number[] {
  const types: number[] = [];
  for (let at = start; at < end; ) {
    const entry = readElement(bytes, at);
    if (!entry || entry.size === null) break;
    const entryEnd = entry.dataStart + entry.size;
    if (entry.id === TRACK_ENTRY) {
      const type = findChild(bytes, entry.dataStart, Math.min(entryEnd, end), TRACK_TYPE);
      if (type?.size) types.push(unsignedOf(bytes, type.dataStart, type.dataStart + type.size));
    }
    at = entryEnd;
  }
  return types;
}

function findChild(bytes: Uint8Array, start: number, end: number, id: number): Element | null {
  for (let at = start; at < end; ) {
    const child = readElement(bytes, at);
    if (!child || child.size === null || child.dataStart + child.size > end) return null;
    if (child.id === id) return child;
    at = child.dataStart + child.size;
  }
  return null;
}

function readElement(bytes: Uint8Array, at: number): Element | null {
  const id = readVint(bytes, at, 4, true);
  if (!id) return null;
  const size = readVint(bytes, at + id.length, 8, false);
  if (!size) return null;
  return { id: id.value ?? 0, dataStart: at + id.length + size.length, size: size.value };
}

/** A variable-length integer: its length is one more than the leading zero bits of its first byte. */
function readVint(bytes: Uint8Array, at: number, maxLength: number, keepMarker: boolean): { value: number | null; length: number } | null {
  const first = bytes[at];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (length > maxLength || at + length > bytes.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let index = 1; index < length; index += 1) {
    const next = bytes[at + index] ?? 0;
    value = value * 256 + next;
    allOnes &&= next === 0xff;
  }
  return { value: !keepMarker && allOnes ? null : value, length };
}

function unsignedOf(bytes: Uint8Array, start: number, end: number): number {
  let value = 0;
  for (let at = start; at < end; at += 1) value = value * 256 + (bytes[at] ?? 0);
  return value;
}

function asciiOf(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length))).replace(/\0+$/, '');
}
