/** The interactive parts a prerendered lesson page may carry, each hydrated on its own. */
export const ISLAND_NAMES = ['quiz', 'section-check', 'priority-matrix-explorer', 'sla-clock-explorer', 'lesson-tracker', 'account-links', 'keep-course', 'kept-lessons', 'section-progress'] as const;

export type IslandName = (typeof ISLAND_NAMES)[number];

export function isIslandName(value: string): value is IslandName {
  return (ISLAND_NAMES as readonly string[]).includes(value);
}

/** The attribute that marks an island's element on the page, and the one that names its props. */
export const ISLAND_ATTRIBUTE = 'data-island';
export const ISLAND_PROPS_ATTRIBUTE = 'data-island-props';
