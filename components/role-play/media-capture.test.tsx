import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, expect, test, vi } from 'vitest';
import { extensionForRecorderType, requestCapture } from '@/components/role-play/media-capture';
import { RecorderProblem } from '@/components/role-play/recorder-problem';

afterEach(() => {
  vi.unstubAllGlobals();
});

function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ');
}

/** A browser whose getUserMedia answers as given, with a MediaRecorder that writes only the listed types. */
function browser(getUserMedia: (constraints: MediaStreamConstraints) => Promise<unknown>, recorderTypes: string[] | null = ['audio/webm;codecs=opus']) {
  const calls: MediaStreamConstraints[] = [];
  vi.stubGlobal('navigator', {
    mediaDevices: {
      getUserMedia: (constraints: MediaStreamConstraints) => {
        calls.push(constraints);
        return getUserMedia(constraints);
      },
    },
  });
  vi.stubGlobal('MediaRecorder', recorderTypes === null ? undefined : { isTypeSupported: (type: string) => recorderTypes.includes(type) });
  return calls;
}

async function problemShown(video = false): Promise<string> {
  const capture = await requestCapture(video);
  if (capture.ok) throw new Error('capture started');
  return text(renderToStaticMarkup(<RecorderProblem problem={capture.problem} video={video} />));
}

test('with no microphone (NotFoundError) the learner is told so and offered the upload instead', async () => {
  browser(() => Promise.reject(new DOMException('Requested device not found', 'NotFoundError')));
  const shown = await problemShown();
  expect(shown).toMatch(/^No microphone was found\. Plug in a headset or microphone/);
  expect(shown).toContain('record the role-play on your phone and upload a recording instead.');
  const capture = await requestCapture(false);
  expect(renderToStaticMarkup(<RecorderProblem problem={capture.ok ? 'failed' : capture.problem} video={false} />)).toContain('<a href="#upload-recording"');
});

test('with no camera when video was asked for, the advice is to record sound only', async () => {
  const calls = browser(() => Promise.reject(new DOMException('', 'NotFoundError')));
  expect(await problemShown(true)).toMatch(/^No camera or microphone was found\. Untick "Record video too" to record sound only/);
  expect(calls).toEqual([{ audio: true, video: true }]);
});

test('when permission is refused (NotAllowedError) the learner is told how to allow it, or to upload', async () => {
  browser(() => Promise.reject(new DOMException('Permission denied', 'NotAllowedError')));
  const shown = await problemShown();
  expect(shown).toMatch(/^This site was refused the use of the microphone\. To allow it, choose the padlock or camera icon/);
  expect(shown).toContain('upload a recording instead');
});

test('a microphone in use elsewhere (NotReadableError) and an unexpected failure each have their own message', async () => {
  browser(() => Promise.reject(new DOMException('Could not start audio source', 'NotReadableError')));
  expect(await problemShown()).toMatch(/^The microphone could not be started: another program or browser tab may be using it/);
  browser(() => Promise.reject(new Error('something else')));
  expect(await problemShown()).toBe('Recording could not start. Press Start recording again, or upload a recording instead.');
});

test('without MediaRecorder the microphone is not even asked for, and the learner is sent to the upload', async () => {
  const calls = browser(() => Promise.resolve({}), null);
  expect(await problemShown()).toMatch(/^This browser cannot record here: it has no MediaRecorder/);
  expect(calls).toEqual([]);
  vi.stubGlobal('navigator', {});
  vi.stubGlobal('MediaRecorder', { isTypeSupported: () => true });
  expect(await problemShown()).toMatch(/^This browser cannot record here/);
});

test('when the microphone is granted, the stream comes back with the best type this browser can record', async () => {
  const stream = { id: 'stream' };
  const calls = browser(() => Promise.resolve(stream), ['audio/mp4']);
  expect(await requestCapture(false)).toEqual({ ok: true, stream, recorderType: 'audio/mp4' });
  expect(calls).toEqual([{ audio: true, video: false }]);
  browser(() => Promise.resolve(stream), ['video/webm', 'audio/webm']);
  expect(await requestCapture(true)).toMatchObject({ recorderType: 'video/webm' });
});

test('the kept file is named for what the recorder wrote, so the server\'s name check agrees', () => {
  expect(extensionForRecorderType('audio/webm;codecs=opus', false)).toBe('webm');
  expect(extensionForRecorderType('audio/mp4;codecs=opus', false)).toBe('m4a');
  expect(extensionForRecorderType('video/mp4', true)).toBe('mp4');
  expect(extensionForRecorderType('audio/ogg', false)).toBe('ogg');
  expect(extensionForRecorderType('video/x-matroska;codecs=avc1', true)).toBe('mkv');
});
