import { expect, test } from 'vitest';
import { BYTES_PER_MEGABYTE, checkRecordingUpload } from '@/lib/evidence/recording-rules';
import { minimalPdf, tinyPng } from '@/lib/evidence/testing/sample-files';
import { m4aMoovAtEnd, recordingFixture, toneWav } from '@/lib/evidence/testing/sample-recordings';

const LIMIT = 50 * BYTES_PER_MEGABYTE;

test('a recording is accepted under its own name, with its sniffed type', () => {
  expect(checkRecordingUpload({ name: 'payroll call.webm', bytes: recordingFixture('chromium-audio.webm'), maxBytes: LIMIT })).toEqual({
    ok: true,
    recording: { container: 'webm', video: false, mediaType: 'audio/webm' },
    safeName: 'payroll call.webm',
  });
  expect(checkRecordingUpload({ name: 'Voice 001.M4A', bytes: m4aMoovAtEnd(), maxBytes: LIMIT })).toMatchObject({ ok: true, safeName: 'Voice 001.M4A' });
  expect(checkRecordingUpload({ name: 'counter.mov', bytes: recordingFixture('chromium-video.mp4'), maxBytes: LIMIT })).toMatchObject({ ok: true, recording: { mediaType: 'video/mp4' } });
});

test('a PDF named .webm is refused, saying it is a PDF and not a recording', () => {
  expect(checkRecordingUpload({ name: 'role-play.webm', bytes: minimalPdf(), maxBytes: LIMIT })).toEqual({
    ok: false,
    code: 'wrong-type',
    message: '"role-play.webm" is a PDF, not a sound or video recording. Choose the recording itself: WebM, Ogg, MP4 or M4A, MP3 or WAV.',
  });
  expect(checkRecordingUpload({ name: '', bytes: tinyPng(), maxBytes: LIMIT })).toMatchObject({ message: expect.stringMatching(/^This file is a PNG image, not a sound or video recording\./) });
});

test('a recording cut off in its header is refused as damaged, and unknown bytes with the kinds accepted', () => {
  expect(checkRecordingUpload({ name: 'call.webm', bytes: recordingFixture('chromium-audio.webm').subarray(0, 40), maxBytes: LIMIT })).toEqual({
    ok: false,
    code: 'wrong-type',
    message: '"call.webm" starts like a WebM recording but is incomplete or damaged. Play it on your device to check it, then save or export it again and upload the new copy.',
  });
  expect(checkRecordingUpload({ name: 'call.bin', bytes: Uint8Array.from([0, 1, 2, 3, 250, 251]), maxBytes: LIMIT })).toMatchObject({
    code: 'wrong-type',
    message: '"call.bin" is not a sound or video recording this site can play. Save or export it as WebM, Ogg, MP4 or M4A, MP3 or WAV and upload it again.',
  });
});

test('a real recording whose name claims another kind is refused as document uploads are, naming both', () => {
  expect(checkRecordingUpload({ name: 'call.mp3', bytes: toneWav(0.1), maxBytes: LIMIT })).toEqual({
    ok: false,
    code: 'name-mismatch',
    message: '"call.mp3" is a WAV recording, not an MP3 recording: rename it to .wav or choose the right file.',
  });
  expect(checkRecordingUpload({ name: 'call.pdf', bytes: m4aMoovAtEnd(), maxBytes: LIMIT })).toMatchObject({
    code: 'name-mismatch',
    message: '"call.pdf" is an MP4 recording, not a PDF: rename it to .m4a or choose the right file.',
  });
  expect(checkRecordingUpload({ name: 'call.xyz', bytes: recordingFixture('chromium-video.webm'), maxBytes: LIMIT })).toMatchObject({
    message: '"call.xyz" is a WebM recording, not a .xyz file: rename it to .webm or choose the right file.',
  });
});

test('a name without an extension is given its content\'s, and an empty name becomes "recording"', () => {
  expect(checkRecordingUpload({ name: 'Recording 12', bytes: m4aMoovAtEnd(), maxBytes: LIMIT })).toMatchObject({ ok: true, safeName: 'Recording 12.m4a' });
  expect(checkRecordingUpload({ name: '   ', bytes: recordingFixture('chromium-video.mkv'), maxBytes: LIMIT })).toMatchObject({ ok: true, safeName: 'recording.mkv' });
});

test('over the provider\'s limit is refused with the size and the limit; empty files and broken names too', () => {
  const bytes = new Uint8Array(BYTES_PER_MEGABYTE + 1);
  bytes.set(recordingFixture('chromium-audio.webm'));
  expect(checkRecordingUpload({ name: 'long.webm', bytes, maxBytes: BYTES_PER_MEGABYTE })).toEqual({
    ok: false,
    code: 'too-large',
    message: '"long.webm" is 1.1 MB; the limit is 1 MB per recording. Record a shorter take, or save it at a lower quality (sound only, or a smaller picture), and upload it again.',
  });
  expect(checkRecordingUpload({ name: 'empty.webm', bytes: new Uint8Array(0), maxBytes: LIMIT })).toMatchObject({ code: 'empty' });
  expect(checkRecordingUpload({ name: 'bad\ud800.webm', bytes: recordingFixture('chromium-audio.webm'), maxBytes: LIMIT })).toMatchObject({ code: 'bad-name' });
});
