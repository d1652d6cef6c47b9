import type { ObservedBehaviours } from '@/lib/db/schema/portfolio';
import { markField, noteField } from '@/lib/portfolio/observation/field-names';
import type { BehaviourMarks } from '@/lib/portfolio/observation/observation-schema';
import type { ObservationScenario } from '@/lib/portfolio/practical-schemas';

/**
 * The scenario's checklist as marked: every behaviour observed or not, a note for each one not
 * observed (the assessor says what they saw instead). Marks for behaviours the checklist does not
 * hold are dropped.
 */
export function checkBehaviours(scenario: ObservationScenario, marks: BehaviourMarks): { behaviours: ObservedBehaviours; fieldErrors: Record<string, string> } {
  const behaviours: ObservedBehaviours = {};
  const fieldErrors: Record<string, string> = {};
  for (const [code, checklist] of Object.entries(scenario.checklist)) {
    behaviours[code] = {};
    for (const { id, behaviour } of checklist) {
      const entry = marks[code]?.[id];
      const note = entry?.note.trim() ?? '';
      if (!entry?.mark) fieldErrors[markField(code, id)] = `${code}: mark "${behaviour}" observed or not observed.`;
      else if (entry.mark === 'not-observed' && note === '') fieldErrors[noteField(code, id)] = `${code}: a behaviour not observed needs a note saying what you saw instead.`;
      behaviours[code][id] = { observed: entry?.mark === 'observed', note };
    }
  }
  return { behaviours, fieldErrors };
}

/** The criteria an observation shows: those whose every checklist behaviour was observed, in checklist order. */
export function criteriaShown(scenario: ObservationScenario, behaviours: ObservedBehaviours): string[] {
  return Object.entries(scenario.checklist)
    .filter(([code, checklist]) => checklist.every(({ id }) => behaviours[code]?.[id]?.observed === true))
    .map(([code]) => code);
}
