// MP3 files are a run of MPEG audio frames, often behind an ID3v2 tag. Each frame opens with an
// 11-bit sync (0xFFE) and a header giving its version, layer, bit rate and sample rate, from which
// the frame's length follows: so a second header where the first says it should be is strong proof.

// Kilobits per second by bit-rate index (1..14), for [MPEG-1, MPEG-2/2.5] × layer [I, II, III].
const BIT_RATES: Record<'1' | '2', readonly (readonly number[])[]> = {
  '1': [
    [32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
    [32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
    [32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  ],
  '2': [
    [32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
    [8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
    [8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  ],
};
// Hertz by sample-rate index (0..2), for version bits 00 (2.5), 10 (2) and 11 (1).
const SAMPLE_RATES: Record<number, readonly number[]> = { 0: [11025, 12000, 8000], 2: [22050, 24000, 16000], 3: [44100, 48000, 32000] };
const ID3_HEADER_LENGTH = 10;
// Encoders may leave zero padding between the tag and the first frame.
const MAX_PADDING_AFTER_TAG = 4096;

/** True when the bytes open with an ID3v2 tag or an MPEG audio frame sync. */
export function startsLikeMp3(bytes: Uint8Array): boolean {
  return (bytes[0] === 0x49 && bytes[1] === 0x44 && bytes[2] === 0x33) || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0);
}

/**
 * MPEG audio (MP3, or layer I or II): an optional ID3v2 tag whose size fits, then a valid frame
 * header and the next frame's header where the first says it ends. Four bytes that merely look like
 * a header (text in UTF-16 opens with FF FE) are not enough; nor is a file of one frame (26 ms).
 */
export function sniffMpegAudio(bytes: Uint8Array): boolean {
  let at = 0;
  if (bytes[0] === 0x49 && bytes[1] === 0x44 && bytes[2] === 0x33) {
    const tagEnd = id3End(bytes);
    if (tagEnd === null) return false;
    at = tagEnd;
    const limit = Math.min(bytes.length, tagEnd + MAX_PADDING_AFTER_TAG);
    while (at < limit && bytes[at] === 0) at += 1;
  }
  const length = frameLength(bytes, at);
  if (length === null) return false;
  return frameLength(bytes, at + length) !== null;
}

/** Where the ID3v2 tag ends: its size is four 7-bit bytes, plus 10 more when a footer is flagged. */
function id3End(bytes: Uint8Array): number | null {
  if (bytes.length < ID3_HEADER_LENGTH) return null;
  const version = bytes[3] ?? 0;
  if (version < 2 || version > 4 || bytes[4] === 0xff) return null;
  const sizeBytes = [bytes[6] ?? 0, bytes[7] ?? 0, bytes[8] ?? 0, bytes[9] ?? 0];
  if (sizeBytes.some((byte) => byte >= 0x80)) return null;
  const size = sizeBytes.reduce((total, byte) => total * 128 + byte, 0);
  const footer = ((bytes[5] ?? 0) & 0x10) !== 0 ? 10 : 0;
  return ID3_HEADER_LENGTH + size + footer;
}

/** The length in bytes of the frame whose header starts at `at`, or null when it is no valid header (or free-format, whose length cannot be known). */
function frameLength(bytes: Uint8Array, at: number): number | null {
  if (at + 4 > bytes.length) return null;
  const [b0, b1, b2, b3] = [bytes[at] ?? 0, bytes[at + 1] ?? 0, bytes[at + 2] ?? 0, bytes[at + 3] ?? 0];
  if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) return null;
  const versionBits = (b1 >> 3) & 0x03;
  const layerBits = (b1 >> 1) & 0x03;
  const bitRateIndex = b2 >> 4;
  const sampleRateIndex = (b2 >> 2) & 0x03;
  // Version 01 and layer 00 are reserved (layer 00 is AAC's ADTS), as are bit rate 15, sample rate 3 and emphasis 10.
  if (versionBits === 1 || layerBits === 0 || bitRateIndex === 0 || bitRateIndex === 15 || sampleRateIndex === 3 || (b3 & 0x03) === 2) return null;
  const layer = 4 - layerBits;
  const mpeg1 = versionBits === 3;
  const bitRate = (BIT_RATES[mpeg1 ? '1' : '2'][layer - 1]?.[bitRateIndex - 1] ?? 0) * 1000;
  const sampleRate = SAMPLE_RATES[versionBits]?.[sampleRateIndex] ?? 0;
  const padding = (b2 >> 1) & 0x01;
  if (layer === 1) return (Math.floor((12 * bitRate) / sampleRate) + padding) * 4;
  const samplesPerByte = layer === 3 && !mpeg1 ? 72 : 144;
  return Math.floor((samplesPerByte * bitRate) / sampleRate) + padding;
}
