'use client';

import { useId, useRef, useState } from 'react';
import { QuestionCard } from '@/components/quiz/question-card';
import { QuizSummary } from '@/components/quiz/quiz-summary';
import type { Quiz as QuizData } from '@/lib/quiz/schema';

/** A question shown after its section instead: enough to count its answer in the score. */
export type PlacedQuestion = Pick<QuizData['questions'][number], 'id' | 'type'>;

export type QuizProps = {
  /** One knowledge check from the lesson's quiz.yml, already parsed, less any questions placed after their sections. Its keys are practice, not secrets. */
  quiz: QuizData;
  /** The questions shown after their sections, which the score and "clear my answers" take in too. */
  elsewhere?: PlacedQuestion[];
};

/** A formative knowledge check: the questions not already asked beside their sections, then the score for all of them. */
export function Quiz({ quiz, elsewhere = [] }: QuizProps) {
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Bumped on reset: the questions mount afresh, dropping anything half answered.
  const [round, setRound] = useState(0);

  function afterReset() {
    setRound((current) => current + 1);
    // The reset button goes away with the answers; start again from the top of the check.
    requestAnimationFrame(() => titleRef.current?.focus());
  }

  return (
    <section aria-labelledby={titleId} className="not-prose my-8 space-y-5 rounded-xl border border-slate-300 bg-slate-50 p-3 sm:p-6">
      <div>
        <h2 id={titleId} ref={titleRef} tabIndex={-1} className="text-xl font-bold text-slate-900">
          {quiz.title}
        </h2>
        <p className="mt-1 text-slate-700">
          Practice questions. They do not count towards your assessment.
          {elsewhere.length > 0 ? ` The score takes in the ${elsewhere.length} ${elsewhere.length === 1 ? 'question' : 'questions'} checked beside the sections above.` : null}
        </p>
      </div>
      {quiz.questions.map((question, index) => (
        <QuestionCard
          key={`${round}-${question.id}`}
          quizId={quiz.id}
          question={question}
          number={index + 1}
          total={quiz.questions.length}
        />
      ))}
      <QuizSummary quiz={{ id: quiz.id, questions: [...elsewhere, ...quiz.questions] }} onReset={afterReset} />
    </section>
  );
}

