import type { CaptureProblem } from '@/components/role-play/media-capture';

const UPLOAD_TARGET = '#upload-recording';

/** Why recording could not start, what to do about it, and the way round it: uploading a recording. */
export function RecorderProblem({ problem, video }: { problem: CaptureProblem; video: boolean }) {
  const upload = (
    <a href={UPLOAD_TARGET} className="font-semibold underline">
      upload a recording instead
    </a>
  );
  switch (problem) {
    case 'no-device':
      return video ? (
        <p>
          No camera or microphone was found. Untick &ldquo;Record video too&rdquo; to record sound only, or connect a camera and microphone and press
          Start recording again. Or record the role-play on your phone and {upload}.
        </p>
      ) : (
        <p>
          No microphone was found. Plug in a headset or microphone (or switch it on) and press Start recording again. Or record the role-play on your
          phone and {upload}.
        </p>
      );
    case 'refused':
      return (
        <p>
          This site was refused the use of the microphone{video ? ' and camera' : ''}. To allow it, choose the padlock or camera icon beside the web
          address, allow the microphone, and press Start recording again. Or record on another device and {upload}.
        </p>
      );
    case 'busy':
      return (
        <p>
          The microphone could not be started: another program or browser tab may be using it. Close that and press Start recording again, or {upload}.
        </p>
      );
    case 'no-recorder':
      return (
        <p>
          This browser cannot record here: it has no MediaRecorder, or gives this page no microphone. Use a current Chrome, Edge, Firefox or Safari, or
          record on your phone and {upload}.
        </p>
      );
    case 'failed':
      return <p>Recording could not start. Press Start recording again, or {upload}.</p>;
  }
}
