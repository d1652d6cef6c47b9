'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { LevelMeter } from '@/components/role-play/level-meter';
import { extensionForRecorderType } from '@/components/role-play/media-capture';
import { RecorderProblem } from '@/components/role-play/recorder-problem';
import { sendRecording } from '@/components/role-play/send-recording';
import { useRecorder } from '@/components/role-play/use-recorder';
import { formatClock } from '@/lib/portfolio/role-play/clock-time';

const buttonClass = 'min-h-11 rounded-md px-5 py-2 font-semibold';
const primary = `${buttonClass} bg-brand-700 text-white hover:bg-brand-800`;
const secondary = `${buttonClass} border-2 border-brand-700 text-brand-800 hover:bg-brand-50`;

/**
 * Records the role-play in the browser: Start, Stop, Play back, Record again, Keep this recording.
 * Nothing leaves the browser until the learner keeps a take.
 */
export function Recorder({ briefId }: { briefId: string }) {
  const recorder = useRecorder();
  const router = useRouter();
  const [video, setVideo] = useState(false);
  const [keeping, setKeeping] = useState(false);
  const [kept, setKept] = useState<{ url: string; name: string } | null>(null);
  const [keepError, setKeepError] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const stopButton = useRef<HTMLButtonElement>(null);
  const playButton = useRef<HTMLButtonElement>(null);
  const player = useRef<HTMLMediaElement | null>(null);
  const keptMessage = useRef<HTMLParagraphElement>(null);
  const { phase, take } = recorder;

  // The Keep button is gone once the take is kept: focus the outcome, which links to the recording.
  useEffect(() => {
    if (kept) keptMessage.current?.focus();
  }, [kept]);

  // The button pressed goes away: put focus on the one that comes next.
  useEffect(() => {
    if (phase === 'recording') stopButton.current?.focus();
    if (phase === 'recorded') playButton.current?.focus();
  }, [phase]);

  function startNew() {
    setKept(null);
    setKeepError(null);
    setPlaying(false);
    void recorder.start(video);
  }

  function playBack() {
    const media = player.current;
    if (!media) return;
    if (media.paused) void media.play().catch(() => setKeepError('The take could not be played here; you can still keep it.'));
    else media.pause();
  }

  async function keep() {
    if (!take || keeping) return;
    setKeeping(true);
    setKeepError(null);
    const file = new File([take.blob], `${briefId}.${extensionForRecorderType(take.type, take.video)}`, { type: take.type });
    const outcome = await sendRecording(briefId, file, take.seconds);
    setKeeping(false);
    if (!outcome.ok) {
      setKeepError(outcome.message);
      return;
    }
    recorder.discard();
    setKept({ url: outcome.url, name: outcome.name });
    router.refresh();
  }

  const MediaElement = take?.video ? 'video' : 'audio';
  return (
    <section aria-labelledby="record-heading" className="space-y-4 rounded-lg border border-slate-300 p-4">
      <h2 id="record-heading" className="text-xl font-bold">
        Record in your browser
      </h2>
      <p className="text-slate-700">
        Place the device where it hears you both. Press Start recording, do the role-play, then press Stop. Play the take back and record again
        until you are happy with it; only the take you keep is sent.
      </p>
      {phase === 'idle' || phase === 'starting' ? (
        <div className="flex items-center gap-3">
          <input id="record-video" type="checkbox" checked={video} onChange={(event) => setVideo(event.target.checked)} className="h-5 w-5" />
          <label htmlFor="record-video">Record video too (for a chat on screen or a face-to-face role-play)</label>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {phase === 'idle' || phase === 'starting' ? (
          <button type="button" onClick={startNew} aria-disabled={phase === 'starting'} className={primary}>
            {phase === 'starting' ? 'Starting…' : 'Start recording'}
          </button>
        ) : null}
        {phase === 'recording' ? (
          <button ref={stopButton} type="button" onClick={recorder.stop} className={primary}>
            Stop
          </button>
        ) : null}
        {phase === 'recorded' && take ? (
          <>
            <button ref={playButton} type="button" onClick={playBack} className={secondary}>
              {playing ? 'Pause' : 'Play back'}
            </button>
            <button type="button" onClick={startNew} disabled={keeping} className={secondary}>
              Record again
            </button>
            <button type="button" onClick={() => void keep()} aria-disabled={keeping} className={primary}>
              {keeping ? 'Keeping…' : 'Keep this recording'}
            </button>
          </>
        ) : null}
      </div>
      {phase === 'recording' ? (
        <div className="space-y-2">
          <p role="timer" className="text-lg">
            Elapsed: <span className="font-mono text-2xl font-bold">{formatClock(recorder.elapsed)}</span>
          </p>
          {recorder.metering ? <LevelMeter level={recorder.level} detected={recorder.soundDetected} /> : null}
          {recorder.preview ? <CameraPreview stream={recorder.preview} /> : null}
        </div>
      ) : null}
      {phase === 'recorded' && take ? (
        <div className="space-y-2">
          <p>
            Your take: <span className="font-mono font-bold">{formatClock(take.seconds)}</span>
          </p>
          <MediaElement
            ref={(element: HTMLMediaElement | null) => {
              player.current = element;
            }}
            src={take.url}
            controls
            preload="auto"
            aria-label="Your take"
            onPlay={() => setPlaying(true)}
            onPause={() => setPlaying(false)}
            onEnded={() => setPlaying(false)}
            className={take.video ? 'w-full max-w-xl rounded border border-slate-300' : 'w-full max-w-xl'}
          />
        </div>
      ) : null}
      {/* Live regions stay in the page, empty, so what appears in them is announced. */}
      <div role="alert">
        {recorder.problem || keepError ? (
          <div className="space-y-2 rounded-md bg-red-50 px-4 py-3 text-red-900">
            {recorder.problem ? <RecorderProblem problem={recorder.problem.problem} video={recorder.problem.video} /> : null}
            {keepError ? <p>{keepError}</p> : null}
          </div>
        ) : null}
      </div>
      <div role="status">
        {kept ? (
          <p ref={keptMessage} tabIndex={-1} className="rounded-md bg-emerald-50 px-4 py-3 font-semibold text-emerald-900">
            Kept &ldquo;{kept.name}&rdquo; in your portfolio.{' '}
            <a href={kept.url} className="underline">
              Open the kept recording
            </a>
          </p>
        ) : null}
      </div>
      <p aria-live="polite" className="sr-only">
        {recorder.announcement}
      </p>
    </section>
  );
}

function CameraPreview({ stream }: { stream: MediaStream }) {
  return (
    <video
      ref={(element) => {
        if (element && element.srcObject !== stream) element.srcObject = stream;
      }}
      muted
      autoPlay
      playsInline
      aria-label="Camera preview"
      className="w-full max-w-sm rounded border border-slate-300"
    />
  );
}
