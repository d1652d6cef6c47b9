import type { WrittenQuestion } from '@/lib/quiz/schema';

/** After a written practice answer: a model answer and the points a good answer covers, to compare with. */
export function WrittenGuide({ question }: { question: WrittenQuestion }) {
  return (
    <div className="space-y-3">
      <div>
        <h4 className="font-semibold text-slate-900">A model answer</h4>
        <p className="mt-1 whitespace-pre-line text-slate-800">{question.modelAnswer}</p>
      </div>
      <div>
        <h4 className="font-semibold text-slate-900">What a good answer includes</h4>
        <ul className="mt-1 list-disc space-y-1 pl-6 text-slate-800">
          {question.markingGuide.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      </div>
      <p className="text-sm text-slate-700">Written answers are not scored here. In the assessment, an assessor marks them.</p>
    </div>
  );
}
