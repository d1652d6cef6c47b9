// Recordings for the tests. The files in ./recordings are the opening bytes of recordings made here
// with Chromium's MediaRecorder (WebM, Matroska and fragmented MP4, with its fake microphone and
// camera). The rest are built here byte by byte from their specifications.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type RecordingFixture = 'chromium-audio.webm' | 'chromium-video.webm' | 'chromium-video.mkv' | 'chromium-audio.mp4' | 'chromium-video.mp4';

export function recordingFixture(name: RecordingFixture): Uint8Array {
  return new Uint8Array(readFileSync(path.resolve('lib/evidence/testing/recordings', name)));
}

/** A mono 16-bit PCM WAV of a 440 Hz tone (RIFF, WAVE, `fmt `, `data`). */
export function toneWav(seconds = 1, sampleRate = 8000): Uint8Array {
  const samples = Math.round(seconds * sampleRate);
  const bytes = new Uint8Array(44 + samples * 2);
  const view = new DataView(bytes.buffer);
  writeAscii(bytes, 0, 'RIFF');
  view.setUint32(4, 36 + samples * 2, true);
  writeAscii(bytes, 8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  writeAscii(bytes, 36, 'data');
  view.setUint32(40, samples * 2, true);
  for (let index = 0; index < samples; index += 1) view.setInt16(44 + index * 2, Math.round(8000 * Math.sin((2 * Math.PI * 440 * index) / sampleRate)), true);
  return bytes;
}

/** MPEG-1 Layer III frames at 128 kbit/s and 44.1 kHz (417 bytes each), without an ID3 tag. */
export function mp3Frames(count: number): Uint8Array {
  const frame = new Uint8Array(417);
  frame.set([0xff, 0xfb, 0x90, 0x64]);
  const bytes = new Uint8Array(frame.length * count);
  for (let index = 0; index < count; index += 1) bytes.set(frame, index * frame.length);
  return bytes;
}

/** An ID3v2.4 tag (a title frame, its size in syncsafe bytes) followed by MPEG frames, as encoders write MP3 files. */
export function id3TaggedMp3(frames = 3): Uint8Array {
  const title = [...ascii('TIT2'), 0, 0, 0, 11, 0, 0, 3, ...ascii('Role-play!')];
  const size = title.length;
  const header = [...ascii('ID3'), 4, 0, 0, (size >> 21) & 0x7f, (size >> 14) & 0x7f, (size >> 7) & 0x7f, size & 0x7f];
  return concat(new Uint8Array([...header, ...title]), mp3Frames(frames));
}

/** The first two pages of an Ogg Opus file (RFC 7845): OpusHead, then OpusTags. */
export function oggOpusStart(): Uint8Array {
  const head = [...ascii('OpusHead'), 1, 1, 0x38, 0x01, ...le32(48000), 0, 0, 0];
  const tags = [...ascii('OpusTags'), ...le32(6), ...ascii('course'), ...le32(0)];
  return concat(oggPage(0x02, 1, 0, head), oggPage(0x00, 1, 1, tags));
}

/** The opening pages of an Ogg video: a Theora stream and a Vorbis stream, each flagged "beginning of stream". */
export function oggTheoraStart(): Uint8Array {
  const theora = [0x80, ...ascii('theora'), 3, 2, 1, 0, 20, 0, 15, 0, 1, 64, 0, 0, 240, 0, 0, 0, 0, 0, 0, 30, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0x00, 0xc0];
  const vorbis = [0x01, ...ascii('vorbis'), ...le32(0), 1, ...le32(44100), ...le32(0), ...le32(128000), ...le32(0), 0xb8, 0x01];
  return concat(oggPage(0x02, 7, 0, theora), oggPage(0x02, 8, 0, vorbis));
}

/** An M4A as phones write it: `ftyp` (brand M4A), the media data, then `moov` with one sound track. */
export function m4aMoovAtEnd(handler: 'soun' | 'vide' = 'soun'): Uint8Array {
  const hdlr = box('hdlr', [0, 0, 0, 0, 0, 0, 0, 0, ...ascii(handler), ...new Array<number>(12).fill(0), 0]);
  const moov = box('moov', box('trak', box('mdia', hdlr)));
  return concat(box('ftyp', [...ascii('M4A '), 0, 0, 2, 0, ...ascii('M4A isommp42')]), box('mdat', new Array<number>(64).fill(0x21)), moov);
}

/** A HEIC photo's opening `ftyp` box, which shares the MP4 box format. */
export function heicStart(): Uint8Array {
  return box('ftyp', [...ascii('heic'), 0, 0, 0, 0, ...ascii('mif1heic')]);
}

function oggPage(headerType: number, serial: number, sequence: number, packet: readonly number[]): Uint8Array {
  const segments: number[] = [];
  for (let left = packet.length; ; left -= 255) {
    segments.push(Math.min(left, 255));
    if (left < 255) break;
  }
  const page = new Uint8Array(27 + segments.length + packet.length);
  const view = new DataView(page.buffer);
  writeAscii(page, 0, 'OggS');
  page[5] = headerType;
  view.setUint32(14, serial, true);
  view.setUint32(18, sequence, true);
  page[26] = segments.length;
  page.set(segments, 27);
  page.set(packet, 27 + segments.length);
  view.setUint32(22, oggCrc(page), true);
  return page;
}

/** Ogg's page checksum: CRC-32 with polynomial 0x04C11DB7, not reflected, starting from 0. */
function oggCrc(page: Uint8Array): number {
  let crc = 0;
  for (const byte of page) {
    crc ^= byte << 24;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 0x80000000 ? (crc << 1) ^ 0x04c11db7 : crc << 1;
  }
  return crc >>> 0;
}

function box(type: string, content: Iterable<number>): Uint8Array {
  const body = Uint8Array.from(content);
  const bytes = new Uint8Array(8 + body.length);
  new DataView(bytes.buffer).setUint32(0, bytes.length);
  writeAscii(bytes, 4, type);
  bytes.set(body, 8);
  return bytes;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

function le32(value: number): number[] {
  return [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff];
}

function ascii(text: string): number[] {
  return Array.from(text, (character) => character.charCodeAt(0));
}

function writeAscii(bytes: Uint8Array, at: number, text: string): void {
  bytes.set(ascii(text), at);
}
