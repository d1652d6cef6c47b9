import { registrationLines } from '@/lib/content/registration-status';
import type { Course } from '@/lib/content/schema';

export function UnitStandardFacts({ unitStandard }: { unitStandard: Course['unitStandard'] }) {
  const registration = registrationLines(unitStandard.registration);
  const facts = [
    ['Unit standard', `SAQA US ${unitStandard.id}`],
    ['Title', unitStandard.title],
    ...(registration ? [['Status', registration.status] as const] : []),
    ['NQF level', registration?.level ?? String(unitStandard.nqfLevel)],
    ['Credits', `${unitStandard.credits} (${unitStandard.notionalHours} notional hours)`],
    ['Qualification', `${unitStandard.qualification.title} (SAQA ID ${unitStandard.qualification.saqaId}, ${unitStandard.qualification.credits} credits)`],
    ['Quality assured by', unitStandard.qualification.qualityAssuror],
  ] as const;
  return (
    <section aria-labelledby="unit-standard-heading" className="rounded-lg bg-slate-50 p-4 sm:p-6">
      <h2 id="unit-standard-heading" className="text-xl font-bold text-slate-900">
        About the unit standard
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold text-slate-800">{term}</dt>
            <dd className="text-slate-700">{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-4 font-semibold text-slate-800">Learning assumed to be in place</h3>
      <ul className="mt-1 list-disc pl-6 text-slate-700">
        {unitStandard.assumedLearning.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
