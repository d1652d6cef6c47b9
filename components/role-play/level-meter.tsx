/**
 * The microphone's loudness as a bar for the eye, and in words for everyone (screen readers read the
 * words; the bar is hidden from them). The words are not a live region: the recorder announces
 * the time and any silence at intervals instead of at every change.
 */
export function LevelMeter({ level, detected }: { level: number; detected: boolean }) {
  // Speech sits low on a linear scale; the square root spreads it across the bar.
  const percent = Math.min(100, Math.round(Math.sqrt(level) * 160));
  return (
    <div className="flex flex-wrap items-center gap-3">
      <div aria-hidden="true" className="h-3 w-48 max-w-full overflow-hidden rounded-full border border-slate-400 bg-slate-100">
        <div className="h-full bg-emerald-700" style={{ width: `${percent}%` }} />
      </div>
      <p className="font-semibold" data-sound={detected ? 'detected' : 'none'}>
        {detected ? 'Sound detected' : 'No sound'}
      </p>
    </div>
  );
}
