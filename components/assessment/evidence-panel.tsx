'use client';

import { useRef, useState } from 'react';

export type EvidenceItem = { id: string; name: string; mediaType: string; size: number; sha256: string };

function readableSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

async function errorOf(response: Response): Promise<string> {
  const body: unknown = await response.json().catch(() => null);
  const error = typeof body === 'object' && body !== null ? Reflect.get(body, 'error') : null;
  return typeof error === 'string' ? error : 'The file could not be uploaded. Try again.';
}

/** Optional evidence files: PDF, PNG or JPEG, checked by the server by their content. */
export function EvidencePanel({ submissionId, initial, disabled, onLocked }: { submissionId: string; initial: EvidenceItem[]; disabled: boolean; onLocked: (message: string) => void }) {
  const [files, setFiles] = useState(initial);
  const [message, setMessage] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function upload(file: File) {
    setBusy(true);
    setMessage(null);
    const body = new FormData();
    body.set('file', file);
    try {
      const response = await fetch(`/api/submissions/${submissionId}/evidence`, { method: 'POST', body });
      if (response.status === 409) onLocked(await errorOf(response));
      else if (!response.ok) setMessage({ tone: 'error', text: await errorOf(response) });
      else {
        const added: EvidenceItem = await response.json();
        setFiles((current) => [...current, added]);
        setMessage({ tone: 'ok', text: `Uploaded "${added.name}".` });
      }
    } catch {
      setMessage({ tone: 'error', text: 'The upload did not reach the server. Check your connection and try again.' });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  async function remove(file: EvidenceItem) {
    const response = await fetch(`/api/submissions/${submissionId}/evidence/${file.id}`, { method: 'DELETE' }).catch(() => null);
    if (response?.ok) {
      setFiles((current) => current.filter((candidate) => candidate.id !== file.id));
      setMessage({ tone: 'ok', text: `Removed "${file.name}".` });
    } else if (response?.status === 409) onLocked(await errorOf(response));
    else setMessage({ tone: 'error', text: response ? await errorOf(response) : 'The file was not removed: you seem to be offline.' });
  }

  return (
    <section aria-labelledby="evidence-heading" className="space-y-3">
      <h2 id="evidence-heading" className="text-2xl font-bold">
        Evidence files (optional)
      </h2>
      <p className="text-slate-700">
        Add workplace evidence that supports your answers, such as a ticket printout or an e-mail you wrote: PDF, PNG or JPEG, up
        to 10 MB each and 10 files in all. Remove names and ID numbers of other people first.
      </p>
      {files.length > 0 ? (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
          {files.map((file) => (
            <li key={file.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
              <span>
                <a href={`/api/evidence/${file.id}`} className="font-semibold text-brand-700 underline" target="_blank" rel="noopener">
                  {file.name}
                </a>{' '}
                <span className="text-sm text-slate-700">
                  ({file.mediaType === 'application/pdf' ? 'PDF' : file.mediaType === 'image/png' ? 'PNG' : 'JPEG'}, {readableSize(file.size)})
                </span>
              </span>
              {disabled ? null : (
                <button type="button" onClick={() => void remove(file)} className="min-h-11 rounded-md border border-red-800 px-3 text-red-900">
                  Remove<span className="sr-only"> {file.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">No evidence files yet.</p>
      )}
      {disabled ? null : (
        <div>
          <label htmlFor="evidence-file" className="block font-semibold">
            Add a file
          </label>
          <input
            ref={input}
            id="evidence-file"
            type="file"
            accept="application/pdf,image/png,image/jpeg"
            disabled={busy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void upload(file);
            }}
            className="mt-1 block min-h-11 w-full max-w-full"
          />
        </div>
      )}
      <p aria-live="polite" className={message?.tone === 'error' ? 'font-semibold text-red-800' : 'text-emerald-800'}>
        {busy ? 'Uploading…' : (message?.text ?? '')}
      </p>
    </section>
  );
}
