'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useRef, useState } from 'react';
import { sendRecording } from '@/components/role-play/send-recording';

/** The way round the recorder: choose a recording made on a phone or another program, and keep it. */
export function UploadRecording({ briefId, limitMegabytes }: { briefId: string; limitMegabytes: number }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [kept, setKept] = useState<{ url: string; name: string } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const file = input.current?.files?.[0];
    setKept(null);
    if (!file) {
      setError('Choose a recording to upload.');
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const outcome = await sendRecording(briefId, file, null);
    setBusy(false);
    if (!outcome.ok) {
      setError(outcome.message);
      input.current?.focus();
      return;
    }
    if (input.current) input.current.value = '';
    setKept({ url: outcome.url, name: outcome.name });
    router.refresh();
  }

  return (
    <section id="upload-recording" tabIndex={-1} aria-labelledby="upload-heading" className="space-y-3 rounded-lg border border-slate-300 p-4 focus:outline-none">
      <h2 id="upload-heading" className="text-xl font-bold">
        Or upload a recording
      </h2>
      <p id="upload-hint" className="text-slate-700">
        A sound or video recording from your phone or computer: WebM, Ogg, MP4 or M4A, MP3 or WAV, up to {limitMegabytes} MB.
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate className="space-y-3">
        <div>
          <label htmlFor="recording-file" className="block font-semibold">
            Recording file
          </label>
          <input
            ref={input}
            id="recording-file"
            name="file"
            type="file"
            accept="audio/*,video/*,.webm,.ogg,.opus,.m4a,.mp4,.mov,.mp3,.wav"
            aria-describedby={error ? 'upload-hint upload-error' : 'upload-hint'}
            aria-invalid={error ? true : undefined}
            className="mt-1 block min-h-11 w-full max-w-full"
          />
        </div>
        <button type="submit" aria-disabled={busy} className="min-h-11 rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
          {busy ? 'Uploading…' : 'Upload and keep this recording'}
        </button>
      </form>
      <div aria-live="polite">
        {error ? (
          <p id="upload-error" className="font-semibold text-red-800">
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        ) : null}
        {kept ? (
          <p className="rounded-md bg-emerald-50 px-4 py-3 font-semibold text-emerald-900">
            Kept &ldquo;{kept.name}&rdquo; in your portfolio.{' '}
            <a href={kept.url} className="underline">
              Open the kept recording
            </a>
          </p>
        ) : null}
      </div>
    </section>
  );
}
