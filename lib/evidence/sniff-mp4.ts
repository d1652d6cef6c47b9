// MP4, M4A, MOV and 3GP are ISO base media files: a sequence of boxes (4-byte size, 4-byte type),
// opening with `ftyp`. The `moov` box describes the tracks; each track's `hdlr` box says whether it
// holds sound (`soun`) or pictures (`vide`). Phones may write `moov` after the media data.

export type Mp4Verdict = { video: boolean };

// Brands of still images that share the box format (HEIC photos, AVIF).
const IMAGE_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'mif1', 'msf1', 'avif', 'avis']);

/** True when a complete `ftyp` box opens the file at offset 0 (its type at offset 4). */
export function startsLikeMp4(bytes: Uint8Array): boolean {
  return bytes.length >= 12 && typeAt(bytes, 4) === 'ftyp';
}

/** True for HEIC and AVIF photos, which open like an MP4 but hold no recording. */
export function isMp4FamilyImage(bytes: Uint8Array): boolean {
  return startsLikeMp4(bytes) && IMAGE_BRANDS.has(typeAt(bytes, 8));
}

/**
 * Whether the file is a playable ISO media file: `ftyp` first, then top-level boxes that fit the
 * file up to a `moov` with at least one sound or video track. Without `moov` nothing can be played,
 * so a file cut off before it is refused (null).
 */
export function sniffMp4(bytes: Uint8Array): Mp4Verdict | null {
  if (!startsLikeMp4(bytes) || isMp4FamilyImage(bytes)) return null;
  const ftyp = boxAt(bytes, 0, bytes.length);
  if (!ftyp || ftyp.end > bytes.length || ftyp.end - ftyp.dataStart < 8) return null;
  for (let at = 0; at < bytes.length; ) {
    const box = boxAt(bytes, at, bytes.length);
    if (!box) return null;
    if (box.type === 'moov') {
      if (box.end > bytes.length) return null;
      const handlers = handlerTypes(bytes, box.dataStart, box.end);
      if (!handlers.includes('soun') && !handlers.includes('vide')) return null;
      return { video: handlers.includes('vide') };
    }
    at = box.end;
  }
  return null;
}

/** The handler type of every track: moov › trak › mdia › hdlr (version and flags, pre_defined, then the type). */
function handlerTypes(bytes: Uint8Array, start: number, end: number): string[] {
  const types: string[] = [];
  for (const trak of children(bytes, start, end, 'trak')) {
    for (const mdia of children(bytes, trak.dataStart, trak.end, 'mdia')) {
      for (const hdlr of children(bytes, mdia.dataStart, mdia.end, 'hdlr')) {
        if (hdlr.end - hdlr.dataStart >= 12) types.push(typeAt(bytes, hdlr.dataStart + 8));
      }
    }
  }
  return types;
}

type Box = { type: string; dataStart: number; end: number };

function children(bytes: Uint8Array, start: number, end: number, type: string): Box[] {
  const found: Box[] = [];
  for (let at = start; at < end; ) {
    const box = boxAt(bytes, at, end);
    if (!box || box.end > end) break;
    if (box.type === type) found.push(box);
    at = box.end;
  }
  return found;
}

/** The box at `at`; size 1 means a 64-bit size follows the type, size 0 means "to the end of the parent". */
function boxAt(bytes: Uint8Array, at: number, parentEnd: number): Box | null {
  if (at + 8 > bytes.length) return null;
  const size = uint32(bytes, at);
  const type = typeAt(bytes, at + 4);
  if (size === 0) return { type, dataStart: at + 8, end: parentEnd };
  if (size === 1) {
    if (at + 16 > bytes.length) return null;
    const large = uint32(bytes, at + 8) * 2 ** 32 + uint32(bytes, at + 12);
    return large < 16 ? null : { type, dataStart: at + 16, end: at + large };
  }
  return size < 8 ? null : { type, dataStart: at + 8, end: at + size };
}

function uint32(bytes: Uint8Array, at: number): number {
  return (((bytes[at] ?? 0) << 24) >>> 0) + ((bytes[at + 1] ?? 0) << 16) + ((bytes[at + 2] ?? 0) << 8) + (bytes[at + 3] ?? 0);
}

function typeAt(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + 4));
}
