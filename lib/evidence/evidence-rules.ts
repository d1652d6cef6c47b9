import { type EvidenceMediaType, sniffMediaType, startsWithPdfHeader } from '@/lib/evidence/sniff-media-type';

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
export const MAX_EVIDENCE_FILES = 10;
export const ALLOWED_MEDIA_TYPES: readonly EvidenceMediaType[] = ['application/pdf', 'image/png', 'image/jpeg'];
export const MAX_EVIDENCE_NAME_LENGTH = 120;

export type UploadProblem = 'empty' | 'too-large' | 'wrong-type' | 'name-mismatch' | 'too-many' | 'bad-name';

export type UploadCandidate = {
  /** The name the learner's device gave the file; shown to people, never used as a path. */
  name: string;
  bytes: Uint8Array;
  /** Evidence files the submission already holds. */
  existingCount: number;
};

export type UploadCheck = { ok: true; mediaType: EvidenceMediaType; safeName: string } | { ok: false; code: UploadProblem; message: string };

const EXTENSION_FOR: Record<EvidenceMediaType, string> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg' };
// Every extension under which devices save each kind; the first is the one suggested.
const EXTENSIONS_OF: Record<EvidenceMediaType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif', 'pjpeg', 'pjp'],
};
const KIND_OF: Record<EvidenceMediaType, string> = { 'application/pdf': 'a PDF document', 'image/png': 'a PNG image', 'image/jpeg': 'a JPEG image' };
const CLAIMED_KIND: Record<string, string> = { pdf: 'a PDF', png: 'a PNG image', ...Object.fromEntries(EXTENSIONS_OF['image/jpeg'].map((extension) => [extension, 'a JPEG image'])) };
// Photo formats phones and scanners produce that a learner can re-save as JPEG or PNG.
const IMAGE_EXTENSIONS = new Set(['heic', 'heif', 'webp', 'gif', 'bmp', 'tif', 'tiff', 'avif', 'raw', 'dng']);
const BYTES_PER_MB = 1024 * 1024;

/**
 * Decides whether one file may join a submission. Checks run cheapest first: the count, the name,
 * then the bytes. The type is judged by content: anything that is not really a PDF, PNG or JPEG,
 * such as an .exe or .docx renamed to .pdf, is refused. A real PDF, PNG or JPEG whose name claims
 * another kind (a PNG named `scan.pdf`) is refused too, saying what it is: an assessor would open
 * a "PDF" and find a photo, and the record would list the wrong kind. A name without an extension
 * is given the one its content has.
 */
export function checkUpload({ name, bytes, existingCount }: UploadCandidate): UploadCheck {
  if (existingCount >= MAX_EVIDENCE_FILES) {
    return refuse('too-many', `You have already uploaded ${MAX_EVIDENCE_FILES} files, the most one submission may hold. Remove one to add another.`);
  }
  // A lone UTF-16 surrogate cannot be stored as text or shown; browsers never send one.
  if (/\p{Cs}/u.test(name)) {
    return refuse('bad-name', 'The file name contains characters that cannot be stored. Rename the file and upload it again.');
  }
  const shownName = cleanName(name);
  const subject = shownName === '' ? 'This file' : `"${shownName}"`;
  if (bytes.length === 0) {
    return refuse('empty', `${subject} is empty (0 bytes). Open it to check that it saved properly, then upload it again.`);
  }
  if (bytes.length > MAX_EVIDENCE_BYTES) {
    return refuse(
      'too-large',
      `${subject} is ${formatMegabytes(bytes.length)}; the limit is ${MAX_EVIDENCE_BYTES / BYTES_PER_MB} MB per file. Make it smaller (scan at a lower resolution, or split it into parts) and upload it again.`,
    );
  }
  const mediaType = sniffMediaType(bytes);
  if (mediaType === null) return refuse('wrong-type', wrongTypeMessage(subject, shownName, bytes));
  const extension = extensionOf(shownName);
  if (extension !== null && !EXTENSIONS_OF[mediaType].includes(extension)) {
    const claimed = CLAIMED_KIND[extension] ?? `a .${extension} file`;
    return refuse(
      'name-mismatch',
      `${subject} is ${KIND_OF[mediaType]}, not ${claimed}: rename it to .${EXTENSION_FOR[mediaType]} or choose the right file.`,
    );
  }
  return { ok: true, mediaType, safeName: safeEvidenceName(name, mediaType) };
}

/**
 * The name to store and show: never empty, falling back to `evidence.<ext>` for the media type,
 * and given that extension when it has none.
 */
export function safeEvidenceName(name: string, mediaType: EvidenceMediaType): string {
  const cleaned = cleanName(name.replace(/\p{Cs}/gu, ''));
  if (cleaned === '') return `evidence.${EXTENSION_FOR[mediaType]}`;
  return extensionOf(cleaned) === null ? shorten(`${cleaned.replace(/\.+$/, '')}.${EXTENSION_FOR[mediaType]}`) : cleaned;
}

/**
 * The lower-case extension, or null when the name has none. What follows the last dot counts only
 * when it looks like one (letters and digits, at least one letter): "minutes v1.2" has none.
 */
export function extensionOf(name: string): string | null {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return null;
  const extension = name.slice(dot + 1).toLowerCase();
  return /^(?=.*[a-z])[a-z0-9]{1,10}$/.test(extension) ? extension : null;
}

function refuse(code: UploadProblem, message: string): UploadCheck {
  return { ok: false, code, message };
}

function wrongTypeMessage(subject: string, shownName: string, bytes: Uint8Array): string {
  if (startsWithPdfHeader(bytes)) {
    return `${subject} starts like a PDF but is incomplete or damaged. Open it to check it, save it as a PDF again and upload the new copy.`;
  }
  const extension = extensionOf(shownName) ?? '';
  const advice = IMAGE_EXTENSIONS.has(extension) ? 'Save it as a JPEG or PNG and upload it again.' : 'Save it as a PDF and upload it again.';
  return `${subject} is not a PDF, PNG or JPEG file. ${advice}`;
}

/** Rounded up, so a file just over the limit never reads as exactly the limit. */
export function formatMegabytes(bytes: number): string {
  return `${(Math.ceil((bytes * 10) / BYTES_PER_MB) / 10).toFixed(1)} MB`;
}

/**
 * The base name without folders, invisible control characters or direction overrides (which can
 * make `report\u202Efdp.exe` display as `reportexe.pdf`), in NFC form and at most
 * MAX_EVIDENCE_NAME_LENGTH characters; '' when nothing usable remains.
 */
export function cleanName(name: string): string {
  const visible = Array.from(name.normalize('NFC'))
    .filter((character) => !isHiddenCharacter(character.codePointAt(0) ?? 0))
    .join('');
  const base = (visible.split(/[/\\]/).pop() ?? '').trim();
  if (/^[.\s]*$/u.test(base)) return '';
  return shorten(base);
}

function isHiddenCharacter(codePoint: number): boolean {
  return (
    codePoint <= 0x1f ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    codePoint === 0x061c ||
    codePoint === 0x200e ||
    codePoint === 0x200f ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069) ||
    codePoint === 0xfeff
  );
}

/** Cuts long names in the middle of the stem so the extension, which people read, survives. */
export function shorten(name: string): string {
  const characters = Array.from(name);
  if (characters.length <= MAX_EVIDENCE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  const stem = characters.slice(0, MAX_EVIDENCE_NAME_LENGTH - Array.from(extension).length).join('').trimEnd();
  return `${stem}${extension}`;
}
