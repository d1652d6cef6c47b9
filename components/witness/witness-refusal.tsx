import { WITNESS_REFUSALS, type WitnessRefusal } from '@/lib/portfolio/witness/witness-refusals';

/** Why a witness link cannot be used, and what the witness can do about it. */
export function WitnessRefusalView({ refusal }: { refusal: WitnessRefusal }) {
  const { title, explanation, whatToDo } = WITNESS_REFUSALS[refusal];
  return (
    <article className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="text-lg text-slate-700">{explanation}</p>
      <p className="rounded-md bg-amber-50 px-4 py-3 text-amber-950">
        <span className="font-semibold">What to do: </span>
        {whatToDo}
      </p>
    </article>
  );
}
