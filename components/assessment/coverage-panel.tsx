type Props = { criteria: { code: string; text: string }[]; answeredAcs: ReadonlySet<string> };

/** Which assessment criteria this attempt already gives evidence for. */
export function CoveragePanel({ criteria, answeredAcs }: Props) {
  const covered = criteria.filter((criterion) => answeredAcs.has(criterion.code)).length;
  return (
    <section aria-labelledby="coverage-heading" className="space-y-2">
      <h2 id="coverage-heading" className="text-2xl font-bold">
        Criteria covered
      </h2>
      <p className="text-slate-700">
        Your answers so far give evidence for {covered} of {criteria.length} assessment criteria.
      </p>
      <ul className="grid gap-1 sm:grid-cols-2">
        {criteria.map((criterion) => (
          <li key={criterion.code} className="flex gap-2 text-sm">
            <span aria-hidden="true" className="w-4 font-bold">
              {answeredAcs.has(criterion.code) ? '✓' : '○'}
            </span>
            <span>
              <span className="font-semibold">{criterion.code}</span> {criterion.text}
              <span className="sr-only">{answeredAcs.has(criterion.code) ? ' (covered)' : ' (not yet covered)'}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
