/**
 * What every answer control takes besides its own value. No answer keys, feedback or explanations,
 * so the summative assessment screen can draw the same controls from a public question.
 */
export type ControlProps = {
  disabled: boolean;
  /** Id of the validation message about these controls, while one is shown. */
  errorId?: string;
};

/** Something a learner picks or arranges: an option, an ordering item, a matching pair or choice. */
export type OptionView = { id: string; text: string };

/** Joins ids for aria-describedby, leaving out the absent ones; undefined when none is left. */
export function joinIds(...ids: readonly (string | null | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}
