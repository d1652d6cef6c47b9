import type { Bank } from '@/lib/quiz/bank-schema';
import { clockAnswer, clockProblem } from '@/lib/quiz/clock-answer';
import { pathTo, type QuizProblem } from '@/lib/quiz/problem';
import type { MatchingQuestion, MultipleResponseQuestion, Question, QuizFile, SingleChoiceQuestion } from '@/lib/quiz/schema';
import { duplicateIdProblems, duplicateValueProblems } from '@/lib/quiz/validate-ids';
import { validateScenario } from '@/lib/quiz/validate-scenario';

/**
 * Cross-reference checks on data zod has already parsed: ids that repeat, keys that name nothing,
 * question shapes that cannot be answered or marked. An empty list means the content is sound.
 */

/** Checks one question; `path` names where it sits, e.g. `quizzes[0] (sla-check) › questions[2] (pick-priority)`. */
export function validateQuestion(question: Question, path: string): QuizProblem[] {
  const problems = duplicateValueProblems(question.acs, pathTo(path, 'acs'), 'AC code');
  switch (question.type) {
    case 'single':
      return [...problems, ...optionProblems(question, path), ...unknownOptionProblems(question, [question.answer], 'answer', path)];
    case 'multiple':
      return [...problems, ...optionProblems(question, path), ...multipleAnswerProblems(question, path)];
    case 'ordering':
      return [
        ...problems,
        ...duplicateIdProblems(question.items, path, 'items', 'item'),
        ...duplicateValueProblems(
          question.items.map((item) => item.text),
          pathTo(path, 'items'),
          'item text',
        ),
      ];
    case 'matching':
      return [...problems, ...matchingProblems(question, path)];
    case 'written':
      if (question.maxWords !== undefined && question.minWords > question.maxWords) {
        problems.push({ path: pathTo(path, 'minWords'), message: `${question.minWords} is more than maxWords (${question.maxWords})` });
      }
      return problems;
    case 'scenario':
      return [...problems, ...validateScenario(question, path)];
    case 'datetime':
      return [...problems, ...clockProblems(question, path)];
    case 'truefalse':
    case 'numeric':
      return problems;
  }
}

/** A date-time answer with SLA facts must be the moment the SLA clock gives on the course's calendar. */
function clockProblems(question: Extract<Question, { type: 'datetime' }>, path: string): QuizProblem[] {
  if (!question.clock) return [];
  const problem = clockProblem(question.clock);
  if (problem) return [{ path: pathTo(path, 'clock'), message: problem }];
  const expected = clockAnswer(question.clock);
  if (expected === question.answer) return [];
  return [{ path: pathTo(path, 'answer'), message: `is ${question.answer}, but the clock (${question.clock.minutes} business minutes from ${question.clock.logged}) gives ${expected}` }];
}

/** Checks a parsed `quiz.yml`: quiz ids and question ids are unique in the file, and every question is sound. */
export function validateQuizFile(file: QuizFile): QuizProblem[] {
  const problems = duplicateIdProblems(file.quizzes, '', 'quizzes', 'quiz');
  const questionHome = new Map<string, string>();
  file.quizzes.forEach((quiz, quizIndex) => {
    const quizPath = pathTo('', 'quizzes', { index: quizIndex, id: quiz.id });
    quiz.questions.forEach((question, questionIndex) => {
      const questionPath = pathTo(quizPath, 'questions', { index: questionIndex, id: question.id });
      const home = questionHome.get(question.id);
      if (home === undefined) questionHome.set(question.id, questionPath);
      else problems.push({ path: pathTo(questionPath, 'id'), message: `duplicate question id "${question.id}" (also ${home})` });
      problems.push(...validateQuestion(question, questionPath));
    });
  });
  return problems;
}

/** Checks a parsed summative bank: item ids are unique and every item is sound. */
export function validateBank(bank: Bank): QuizProblem[] {
  const problems = duplicateIdProblems(bank.items, '', 'items', 'item');
  bank.items.forEach((item, index) => {
    problems.push(...validateQuestion(item, pathTo('', 'items', { index, id: item.id })));
  });
  return problems;
}

function optionProblems(question: SingleChoiceQuestion | MultipleResponseQuestion, path: string): QuizProblem[] {
  return [
    ...duplicateIdProblems(question.options, path, 'options', 'option'),
    ...duplicateValueProblems(
      question.options.map((option) => option.text),
      pathTo(path, 'options'),
      'option text',
    ),
  ];
}

function unknownOptionProblems(
  question: SingleChoiceQuestion | MultipleResponseQuestion,
  ids: readonly string[],
  field: string,
  path: string,
): QuizProblem[] {
  const known = new Set(question.options.map((option) => option.id));
  return ids
    .filter((id) => !known.has(id))
    .map((id) => ({ path: pathTo(path, field), message: `"${id}" names no option (options: ${[...known].join(', ')})` }));
}

function multipleAnswerProblems(question: MultipleResponseQuestion, path: string): QuizProblem[] {
  const problems = [
    ...unknownOptionProblems(question, question.answers, 'answers', path),
    ...duplicateValueProblems(question.answers, pathTo(path, 'answers'), 'answer'),
  ];
  const correct = new Set(question.answers);
  // With every option correct, choosing all of them scores full marks without any judgement.
  if (question.options.every((option) => correct.has(option.id))) {
    problems.push({ path: pathTo(path, 'answers'), message: 'every option is correct; add at least one wrong option' });
  }
  return problems;
}

function matchingProblems(question: MatchingQuestion, path: string): QuizProblem[] {
  const problems = [
    ...duplicateIdProblems(question.pairs, path, 'pairs', 'pair'),
    ...duplicateIdProblems(question.choices, path, 'choices', 'choice'),
    ...duplicateValueProblems(
      question.pairs.map((pair) => pair.text),
      pathTo(path, 'pairs'),
      'pair text',
    ),
    ...duplicateValueProblems(
      question.choices.map((choice) => choice.text),
      pathTo(path, 'choices'),
      'choice text',
    ),
  ];
  const known = new Set(question.choices.map((choice) => choice.id));
  question.pairs.forEach((pair, index) => {
    if (!known.has(pair.match)) {
      problems.push({
        path: pathTo(pathTo(path, 'pairs', { index, id: pair.id }), 'match'),
        message: `"${pair.match}" names no choice, so the pair has no right answer (choices: ${[...known].join(', ')})`,
      });
    }
  });
  return problems;
}
