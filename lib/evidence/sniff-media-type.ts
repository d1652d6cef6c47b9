/** The only kinds of file a learner may upload as evidence. */
export type EvidenceMediaType = 'application/pdf' | 'image/png' | 'image/jpeg';

const PDF_HEADER = asciiBytes('%PDF-');
const PDF_END_MARKER = asciiBytes('%%EOF');
// Readers look for the end marker in the last 1024 bytes; writers may pad after it with
// line breaks, spaces or NULs, so the marker need not be the final bytes.
const PDF_END_WINDOW = 1024;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
// The PNG format requires IHDR as the first chunk: its type sits after the 4-byte length.
const PNG_FIRST_CHUNK_TYPE = asciiBytes('IHDR');
const PNG_FIRST_CHUNK_TYPE_OFFSET = 12;
const JPEG_START = [0xff, 0xd8, 0xff];

/**
 * The media type the bytes really are, judged only by their content; the file name and the
 * type the browser claims are never consulted, since either can be anything the sender likes.
 *
 * - PDF: `%PDF-` at offset 0 and `%%EOF` within the last 1024 bytes. A file cut off in transit
 *   or a renamed file that merely starts with the header is refused.
 * - PNG: the 8-byte signature followed by an IHDR chunk.
 * - JPEG: FF D8 FF (start of image, then the first marker). No end check: many cameras append
 *   data after the end-of-image marker.
 */
export function sniffMediaType(bytes: Uint8Array): EvidenceMediaType | null {
  if (startsWithPdfHeader(bytes)) return hasPdfEndMarker(bytes) ? 'application/pdf' : null;
  if (startsWith(bytes, PNG_SIGNATURE) && matchesAt(bytes, PNG_FIRST_CHUNK_TYPE, PNG_FIRST_CHUNK_TYPE_OFFSET)) return 'image/png';
  if (startsWith(bytes, JPEG_START)) return 'image/jpeg';
  return null;
}

/** True when the bytes begin like a PDF, so a refusal can say the PDF is damaged rather than of the wrong kind. */
export function startsWithPdfHeader(bytes: Uint8Array): boolean {
  return startsWith(bytes, PDF_HEADER);
}

function hasPdfEndMarker(bytes: Uint8Array): boolean {
  const windowStart = Math.max(PDF_HEADER.length, bytes.length - PDF_END_WINDOW);
  for (let at = bytes.length - PDF_END_MARKER.length; at >= windowStart; at--) {
    if (matchesAt(bytes, PDF_END_MARKER, at)) return true;
  }
  return false;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return matchesAt(bytes, prefix, 0);
}

function matchesAt(bytes: Uint8Array, expected: readonly number[], offset: number): boolean {
  if (offset < 0 || bytes.length < offset + expected.length) return false;
  return expected.every((value, index) => bytes[offset + index] === value);
}

function asciiBytes(text: string): readonly number[] {
  return Array.from(text, (character) => character.charCodeAt(0));
}
