/** ARCHITECTURE.md §7, in the units the bench reports. */
export const budgets = {
  cleanBuildSeconds: 120,
  lessonFirstVisitKb: 100,
  lessonCodeKb: 100,
  clientNavigationKb: 20,
  wholeCourseKb: 450,
  serverRssMb: 400,
  formativeSaveMs: 30,
  submitMs: 100,
  queueMs: 100,
  pdfMs: 500,
  /** A lesson's p95 while ten PDFs are drawn, as a multiple of its p95 at idle. */
  lessonWhilePdfsFactor: 2,
  cachedPdfMs: 20,
  lighthouse: 95,
  /** A lesson's Lighthouse Total Blocking Time as a multiple of its plain copy's (no scripts), medians of 3. */
  lessonTbtRatio: 1.5,
};

export function verdict(value, budget, atLeast = false) {
  if (typeof value !== 'number') return 'not measured';
  return (atLeast ? value >= budget : value <= budget) ? 'within budget' : 'OVER BUDGET';
}
