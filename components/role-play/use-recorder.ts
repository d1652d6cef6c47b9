'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { type CaptureProblem, requestCapture } from '@/components/role-play/media-capture';
import { followSoundLevel, SOUND_THRESHOLD } from '@/components/role-play/sound-level';
import { spokenClock } from '@/lib/portfolio/role-play/clock-time';

export type RecorderPhase = 'idle' | 'starting' | 'recording' | 'recorded';

/** A finished take, held in the browser until it is kept or discarded. */
export type Take = { blob: Blob; url: string; type: string; seconds: number; video: boolean };

// Screen readers hear the elapsed time this often, not every second.
const ANNOUNCE_EVERY_SECONDS = 30;
// Silence this long while recording is worth a warning (once per silence).
const SILENCE_WARNING_SECONDS = 5;

type Live = { recorder: MediaRecorder; stream: MediaStream; stopMeter: (() => void) | null; timer: number };

/**
 * The in-browser recorder: asks for the microphone (and camera), records with MediaRecorder,
 * times the take and follows its sound level, then holds the finished take for playing back,
 * recording again or keeping. Everything it opened is released when it stops or the page goes.
 */
export function useRecorder() {
  const [phase, setPhase] = useState<RecorderPhase>('idle');
  const [problem, setProblem] = useState<{ problem: CaptureProblem; video: boolean } | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const [level, setLevel] = useState(0);
  const [take, setTake] = useState<Take | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [preview, setPreview] = useState<MediaStream | null>(null);
  const live = useRef<Live | null>(null);
  const [metering, setMetering] = useState(false);
  const soundHeardAt = useRef(0);
  const silenceWarned = useRef(false);

  const release = useCallback(() => {
    const current = live.current;
    if (!current) return;
    clearInterval(current.timer);
    current.stopMeter?.();
    for (const track of current.stream.getTracks()) track.stop();
    live.current = null;
    setPreview(null);
    setLevel(0);
  }, []);

  useEffect(() => release, [release]);
  useEffect(() => () => (take ? URL.revokeObjectURL(take.url) : undefined), [take]);

  // Announce the time at intervals, and a silence once, rather than every tick of the clock.
  useEffect(() => {
    if (phase !== 'recording') return;
    const silentFor = (Date.now() - soundHeardAt.current) / 1000;
    if (metering && silentFor >= SILENCE_WARNING_SECONDS && !silenceWarned.current) {
      silenceWarned.current = true;
      setAnnouncement(`No sound for ${SILENCE_WARNING_SECONDS} seconds: check that your microphone is on and not muted.`);
    } else if (elapsed > 0 && elapsed % ANNOUNCE_EVERY_SECONDS === 0) {
      setAnnouncement(`Recording: ${spokenClock(elapsed)}.`);
    }
  }, [elapsed, phase, metering]);

  const onLevel = useCallback((value: number) => {
    setLevel(value);
    if (value >= SOUND_THRESHOLD) {
      soundHeardAt.current = Date.now();
      silenceWarned.current = false;
    }
  }, []);

  /** Drops the take (after it is kept) and makes the recorder ready for another. */
  const discard = useCallback(() => {
    setTake(null);
    setPhase('idle');
  }, []);

  const start = useCallback(
    async (video: boolean) => {
      if (phase === 'starting' || phase === 'recording') return;
      setProblem(null);
      setTake(null);
      setPhase('starting');
      setAnnouncement('Asking for the microphone…');
      const capture = await requestCapture(video);
      if (!capture.ok) {
        setProblem({ problem: capture.problem, video });
        setPhase('idle');
        setAnnouncement('');
        return;
      }
      let recorder: MediaRecorder;
      try {
        recorder = new MediaRecorder(capture.stream, capture.recorderType ? { mimeType: capture.recorderType } : undefined);
      } catch {
        for (const track of capture.stream.getTracks()) track.stop();
        setProblem({ problem: 'no-recorder', video });
        setPhase('idle');
        return;
      }
      const chunks: Blob[] = [];
      const startedAt = Date.now();
      recorder.addEventListener('dataavailable', (event) => {
        if (event.data.size > 0) chunks.push(event.data);
      });
      recorder.addEventListener('stop', () => {
        const seconds = Math.max(1, Math.round((Date.now() - startedAt) / 1000));
        const type = recorder.mimeType || capture.recorderType || (video ? 'video/webm' : 'audio/webm');
        const blob = new Blob(chunks, { type });
        release();
        setTake({ blob, url: URL.createObjectURL(blob), type, seconds, video });
        setPhase('recorded');
        setAnnouncement(`Stopped after ${spokenClock(seconds)}. Play it back, record again, or keep it.`);
      });
      soundHeardAt.current = startedAt;
      silenceWarned.current = false;
      const timer = window.setInterval(() => setElapsed(Math.floor((Date.now() - startedAt) / 1000)), 250);
      const stopMeter = followSoundLevel(capture.stream, onLevel);
      setMetering(stopMeter !== null);
      live.current = { recorder, stream: capture.stream, stopMeter, timer };
      // Deliver data every second, so a take survives a recorder that fails before it stops.
      recorder.start(1000);
      setElapsed(0);
      setPreview(video ? capture.stream : null);
      setPhase('recording');
      setAnnouncement('Recording. Press Stop when the role-play ends.');
    },
    [phase, release, onLevel],
  );

  const stop = useCallback(() => {
    const current = live.current;
    if (current && current.recorder.state !== 'inactive') current.recorder.stop();
  }, []);

  return { phase, problem, elapsed, level, metering, soundDetected: level >= SOUND_THRESHOLD, take, announcement, preview, start, stop, discard };
}
