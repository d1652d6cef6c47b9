export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-slate-700 sm:px-6">
        <p>
          Learning material for SAQA unit standard 114052, a legacy unit standard (pre-2009 NQF level 5), 8 credits. Your progress is kept in this browser until you
          sign in.{' '}
          <a href="/practice-record" className="underline">
            Print a practice record
          </a>{' '}
          ·{' '}
          <a href="/verify" className="underline">
            Verify a record of learning
          </a>
        </p>
      </div>
    </footer>
  );
}
