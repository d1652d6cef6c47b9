'use client';

import { answerKey, useProgressStore } from '@/components/progress/progress-store';
import { useHydrated } from '@/components/progress/use-hydrated';
import { PrintButton } from '@/components/ui/print-button';
import { formatSastTime } from '@/lib/format/sast';

type LessonCheck = { slug: string; title: string; quizzes: { id: string; title: string; questionIds: string[]; scored: number }[] };

const BLANK = '______________________________';

/** A paper record of practice from this browser's own progress, with blank lines to complete by hand. */
export function PracticeRecord({ unitStandard, lessons }: { unitStandard: string; lessons: LessonCheck[] }) {
  const hydrated = useHydrated();
  const progress = useProgressStore((state) => state.lessons);
  const answers = useProgressStore((state) => state.answers);
  if (!hydrated) return <p>Reading your progress from this browser…</p>;
  const printed = formatSastTime(new Date(), 'longDate');
  return (
    <article className="space-y-6">
      <div className="no-print">
        <PrintButton label="Print this practice record" />
      </div>
      <header>
        <h1 className="text-3xl font-bold">Practice record: knowledge checks</h1>
        <p className="mt-2 border-2 border-dashed border-slate-700 p-2 font-bold">
          NOT FINAL — a record of formative practice kept in this browser. It is not a summative assessment result.
        </p>
        <p className="mt-2">{unitStandard}. Printed {printed}.</p>
      </header>
      <section aria-labelledby="practice-people" className="space-y-3">
        <h2 id="practice-people" className="text-xl font-bold">
          To complete by hand
        </h2>
        {["Candidate's name", 'ID number', "Assessor's name", 'Assessor registration number', "Moderator's name", 'Moderator registration number'].map((label) => (
          <p key={label}>
            <span className="inline-block w-80 font-semibold">{label}:</span> <span aria-hidden="true">{BLANK}</span>
            <span className="sr-only">blank line</span>
          </p>
        ))}
      </section>
      <section aria-labelledby="practice-lessons">
        <h2 id="practice-lessons" className="text-xl font-bold">
          Lessons and knowledge checks
        </h2>
        <table className="mt-2 w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="py-1 pr-3">Lesson</th>
              <th scope="col" className="py-1 pr-3">Completed</th>
              <th scope="col" className="py-1">Knowledge check</th>
            </tr>
          </thead>
          <tbody>
            {lessons.map((lesson) => {
              const completedAt = progress[lesson.slug]?.completedAt;
              return (
                <tr key={lesson.slug} className="border-b border-slate-300 align-top">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {lesson.title}
                  </th>
                  <td className="py-1 pr-3">{completedAt ? new Date(completedAt).toLocaleDateString('en-ZA', { timeZone: 'Africa/Johannesburg' }) : 'Not yet'}</td>
                  <td className="py-1">
                    {lesson.quizzes.map((quiz) => {
                      const done = quiz.questionIds.filter((id) => answers[answerKey(quiz.id, id)]);
                      const correct = done.filter((id) => (answers[answerKey(quiz.id, id)]?.score ?? 0) >= 1).length;
                      return (
                        <span key={quiz.id} className="block">
                          {done.length} of {quiz.questionIds.length} answered, {correct} of {quiz.scored} scored questions correct
                        </span>
                      );
                    })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <p>
        Candidate&apos;s signature: <span aria-hidden="true">{BLANK}</span> Date: <span aria-hidden="true">__________</span>
      </p>
    </article>
  );
}
