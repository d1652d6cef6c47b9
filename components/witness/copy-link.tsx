'use client';

import { useRef, useState } from 'react';

/** The new link in full, selectable, with a button that copies it and says so. */
export function CopyLink({ link, witnessName }: { link: string; witnessName: string }) {
  const [status, setStatus] = useState('');
  const text = useRef<HTMLElement>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Link copied. Paste it into a message to the witness.');
    } catch {
      // Some browsers refuse the clipboard; selecting the text leaves the learner one keystroke away.
      const selection = window.getSelection();
      if (text.current && selection) selection.selectAllChildren(text.current);
      setStatus('Your browser did not let us copy. The link is selected: press Ctrl+C (or ⌘+C) to copy it.');
    }
  }
  return (
    <section aria-labelledby="new-link-heading" className="space-y-3 rounded-lg border-2 border-emerald-700 bg-emerald-50 p-4">
      <h3 id="new-link-heading" className="text-xl font-bold">
        The link for {witnessName}
      </h3>
      <p className="text-slate-900">Copy it now and send it to the witness yourself. It is shown only this once: we keep only a fingerprint of it, so nobody can look it up again.</p>
      <p className="break-all rounded-md bg-white p-3 font-mono text-sm text-slate-900">
        <code ref={text} data-testid="witness-link">
          {link}
        </code>
      </p>
      <button type="button" onClick={copy} className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
        Copy the link
      </button>
      <p role="status" aria-live="polite" className="text-emerald-900">
        {status}
      </p>
    </section>
  );
}
