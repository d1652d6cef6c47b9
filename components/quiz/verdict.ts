import type { MarkResult } from '@/lib/quiz/mark-types';

export type Verdict = {
  tone: 'correct' | 'partial' | 'wrong' | 'review';
  /** The words carry the result; the icon and colour only repeat it. */
  label: string;
  icon: string;
};

export function verdictOf(result: MarkResult): Verdict {
  if (result.status === 'needs-assessor') {
    return { tone: 'review', label: 'Answer saved: compare it with a good answer', icon: '✎' };
  }
  if (result.correct) return { tone: 'correct', label: 'Correct', icon: '✓' };
  if (result.score > 0) {
    // Floor, so an answer just short of full marks never shows as 100%.
    return { tone: 'partial', label: `Partly correct (${Math.floor(result.score * 100)}%)`, icon: '◐' };
  }
  return { tone: 'wrong', label: 'Not quite', icon: '✗' };
}
