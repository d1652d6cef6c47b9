import { expect, test } from 'vitest';
import { docxStart, minimalPdf, tinyJpeg, tinyPng } from '@/lib/evidence/testing/sample-files';
import { heicStart, id3TaggedMp3, m4aMoovAtEnd, mp3Frames, oggOpusStart, oggTheoraStart, recordingFixture, toneWav } from '@/lib/evidence/testing/sample-recordings';
import { describeNonRecording, sniffRecording } from '@/lib/evidence/sniff-recording';

test('a WebM recorded by Chromium is WebM sound, read from its EBML header and Tracks', () => {
  const bytes = recordingFixture('chromium-audio.webm');
  expect([...bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
  expect(sniffRecording(bytes)).toEqual({ container: 'webm', video: false, mediaType: 'audio/webm' });
});

test('a WebM with a camera track is WebM video, and Matroska is told apart by its DocType', () => {
  expect(sniffRecording(recordingFixture('chromium-video.webm'))).toEqual({ container: 'webm', video: true, mediaType: 'video/webm' });
  expect(sniffRecording(recordingFixture('chromium-video.mkv'))).toEqual({ container: 'matroska', video: true, mediaType: 'video/x-matroska' });
});

test('an MP4 is recognised by the ftyp box at offset 4, sound or video by its track handlers', () => {
  const audio = recordingFixture('chromium-audio.mp4');
  expect(String.fromCharCode(...audio.subarray(4, 8))).toBe('ftyp');
  expect(sniffRecording(audio)).toEqual({ container: 'mp4', video: false, mediaType: 'audio/mp4' });
  expect(sniffRecording(recordingFixture('chromium-video.mp4'))).toEqual({ container: 'mp4', video: true, mediaType: 'video/mp4' });
});

test('an M4A whose moov box follows the media data, as phones write it, is MP4 sound', () => {
  expect(sniffRecording(m4aMoovAtEnd())).toEqual({ container: 'mp4', video: false, mediaType: 'audio/mp4' });
  expect(sniffRecording(m4aMoovAtEnd('vide'))).toMatchObject({ video: true });
});

test('an MP3 is recognised by its ID3 tag followed by MPEG frames, or by the frames alone', () => {
  const tagged = id3TaggedMp3();
  expect(String.fromCharCode(...tagged.subarray(0, 3))).toBe('ID3');
  expect(sniffRecording(tagged)).toEqual({ container: 'mp3', video: false, mediaType: 'audio/mpeg' });
  const frames = mp3Frames(3);
  expect([frames[0], (frames[1] ?? 0) & 0xe0]).toEqual([0xff, 0xe0]);
  expect(sniffRecording(frames)).toMatchObject({ container: 'mp3' });
  expect(sniffRecording(mp3Frames(2))).toMatchObject({ container: 'mp3' });
});

test('a WAV is RIFF … WAVE with a complete fmt chunk', () => {
  const wav = toneWav(0.1);
  expect(String.fromCharCode(...wav.subarray(0, 4), ...wav.subarray(8, 12))).toBe('RIFFWAVE');
  expect(sniffRecording(wav)).toEqual({ container: 'wav', video: false, mediaType: 'audio/wav' });
});

test('an Ogg file is sound when its streams are Opus or Vorbis, and video when one is Theora', () => {
  const opus = oggOpusStart();
  expect(String.fromCharCode(...opus.subarray(0, 4))).toBe('OggS');
  expect(sniffRecording(opus)).toEqual({ container: 'ogg', video: false, mediaType: 'audio/ogg' });
  expect(sniffRecording(oggTheoraStart())).toEqual({ container: 'ogg', video: true, mediaType: 'video/ogg' });
});

test('documents, images and text are refused and named for what they are', () => {
  expect(sniffRecording(minimalPdf())).toBeNull();
  expect(describeNonRecording(minimalPdf())).toEqual({ kind: 'other', what: 'a PDF' });
  expect(sniffRecording(tinyPng())).toBeNull();
  expect(describeNonRecording(tinyPng())).toEqual({ kind: 'other', what: 'a PNG image' });
  expect(sniffRecording(tinyJpeg())).toBeNull();
  expect(describeNonRecording(tinyJpeg())).toEqual({ kind: 'other', what: 'a JPEG image' });
  const text = new TextEncoder().encode('Caller: my account is locked and payroll closes at 14:00.\n');
  expect(sniffRecording(text)).toBeNull();
  expect(describeNonRecording(text)).toEqual({ kind: 'other', what: 'a text file' });
  expect(describeNonRecording(docxStart())).toEqual({ kind: 'other', what: 'a ZIP archive or an Office document' });
  expect(sniffRecording(heicStart())).toBeNull();
  expect(describeNonRecording(heicStart())).toEqual({ kind: 'other', what: 'an HEIC or AVIF photo' });
});

test('text in UTF-16 with a byte-order mark is not taken for MPEG frames', () => {
  const utf16 = Uint8Array.from([0xff, 0xfe, ...Array.from('Hello, this is not sound at all.', (c) => [c.charCodeAt(0), 0]).flat()]);
  expect(sniffRecording(utf16)).toBeNull();
});

test('a recording cut off before the header that describes its tracks is refused as damaged', () => {
  const webm = recordingFixture('chromium-audio.webm');
  for (const length of [3, 4, 40, 150]) {
    expect(sniffRecording(webm.subarray(0, length)), `WebM cut at ${length}`).toBeNull();
  }
  expect(describeNonRecording(webm.subarray(0, 40))).toEqual({ kind: 'damaged', what: 'a WebM recording' });
  const mp4 = recordingFixture('chromium-audio.mp4');
  expect(sniffRecording(mp4.subarray(0, 30)), 'MP4 inside its ftyp box').toBeNull();
  expect(sniffRecording(mp4.subarray(0, 400)), 'MP4 inside its moov box').toBeNull();
  expect(describeNonRecording(mp4.subarray(0, 400))).toEqual({ kind: 'damaged', what: 'an MP4 recording' });
  expect(sniffRecording(toneWav(0.1).subarray(0, 12)), 'WAV without its fmt chunk').toBeNull();
  expect(sniffRecording(toneWav(0.1).subarray(0, 30)), 'WAV inside its fmt chunk').toBeNull();
  expect(sniffRecording(oggOpusStart().subarray(0, 30)), 'Ogg inside its first page').toBeNull();
  expect(sniffRecording(id3TaggedMp3().subarray(0, 20)), 'MP3 inside its ID3 tag').toBeNull();
  expect(sniffRecording(mp3Frames(1).subarray(0, 3)), 'MP3 inside its first frame header').toBeNull();
  expect(sniffRecording(mp3Frames(2).subarray(0, 419)), 'MP3 inside its second frame header').toBeNull();
  expect(sniffRecording(mp3Frames(1)), 'MP3 of a single frame').toBeNull();
  expect(sniffRecording(new Uint8Array(0))).toBeNull();
});

test('a file that only starts with a magic number, then goes on wrongly, is refused', () => {
  const frames = mp3Frames(3);
  frames[417] = 0x00;
  expect(sniffRecording(frames), 'second MPEG frame missing').toBeNull();
  const renamedZip = Uint8Array.from([0x1a, 0x45, 0xdf, 0xa3, ...docxStart()]);
  expect(sniffRecording(renamedZip)).toBeNull();
  const riffAvi = Uint8Array.from([...'RIFF'].map((c) => c.charCodeAt(0)).concat([0, 0, 0, 0], [...'AVI '].map((c) => c.charCodeAt(0))));
  expect(sniffRecording(riffAvi)).toBeNull();
  expect(describeNonRecording(riffAvi)).toEqual({ kind: 'other', what: 'an AVI video, which browsers cannot play' });
});
