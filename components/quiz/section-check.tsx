'use client';

import { QuestionCard } from '@/components/quiz/question-card';
import type { Quiz as QuizData } from '@/lib/quiz/schema';

export type SectionCheckProps = {
  /** The lesson's knowledge check, holding only the questions placed after this section. */
  quiz: QuizData;
};

/**
 * A few of the lesson's practice questions, right after the section they test. Answers count in the
 * knowledge check's score at the end of the lesson, under the same keys, so moving a question
 * between here and there never loses an answer.
 */
export function SectionCheck({ quiz }: SectionCheckProps) {
  return (
    <div className="not-prose my-8 space-y-5 rounded-xl border border-slate-300 bg-slate-50 p-3 sm:p-6">
      <div>
        <h3 className="text-lg font-bold text-slate-900">
          Check this section
        </h3>
        <p className="mt-1 text-slate-700">Practice {quiz.questions.length === 1 ? 'question' : 'questions'}: they count in the score at the end of the lesson, not towards your assessment.</p>
      </div>
      {quiz.questions.map((question, index) => (
        <QuestionCard key={question.id} quizId={quiz.id} question={question} number={index + 1} total={quiz.questions.length} />
      ))}
    </div>
  );
}
