/** An answer that bears on a criterion but is shown in full under another one. */
export type CrossReference = { number: number; shownUnder: string };

/** One criterion on the assessor's page: the answers shown in full beside its decision, and links to the rest. */
export type CriterionGroup = { code: string; shown: number[]; seeAlso: CrossReference[] };

export type Grouping = { groups: CriterionGroup[]; unplaced: number[] };

/**
 * Places every answer once, under one of the criteria it serves, so the assessor reads it beside a
 * decision it bears on; the criteria it also serves link to it instead of repeating it (a ticket
 * alone runs to a screenful). Each answer goes to the criterion with the fewest answers placed so
 * far (the earliest on a tie), so that as many decisions as possible have an answer of their own
 * beside them rather than only links. Answers that serve none of the criteria are returned apart,
 * to be shown after them and never lost.
 */
export function groupByCriterion(codes: readonly string[], items: readonly { number: number; acs: readonly string[] }[]): Grouping {
  const shown = new Map<string, number[]>(codes.map((code) => [code, []]));
  const placedUnder = new Map<number, string>();
  const unplaced: number[] = [];
  for (const item of [...items].sort((a, b) => a.number - b.number)) {
    const served = codes.filter((code) => item.acs.includes(code));
    let home: string | undefined;
    for (const code of served) {
      if (home === undefined || (shown.get(code)?.length ?? 0) < (shown.get(home)?.length ?? 0)) home = code;
    }
    if (home === undefined) {
      unplaced.push(item.number);
      continue;
    }
    shown.get(home)?.push(item.number);
    placedUnder.set(item.number, home);
  }
  const groups = codes.map((code) => ({
    code,
    shown: shown.get(code) ?? [],
    seeAlso: [...items]
      .sort((a, b) => a.number - b.number)
      .filter((item) => item.acs.includes(code) && placedUnder.get(item.number) !== code)
      .map((item) => ({ number: item.number, shownUnder: placedUnder.get(item.number) ?? code })),
  }));
  return { groups, unplaced };
}
