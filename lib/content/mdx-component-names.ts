/**
 * The only components a lesson may use. The MDX component map is typed against this list and
 * `content:check` rejects any other JSX name, so a lesson can never reach outside it.
 */
export const MDX_COMPONENT_NAMES = [
  'Callout',
  'Example',
  'KeyPoints',
  'Term',
  'Quiz',
  'PriorityMatrix',
  'PriorityMatrixExplorer',
  'SlaClockExplorer',
  'SlaTimeline',
  'TkiGrid',
  'EscalationPath',
  'SixStepFlow',
  'FollowUpCycle',
] as const;

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

export function isMdxComponentName(name: string): name is MdxComponentName {
  return MDX_COMPONENT_NAMES.some((allowed) => allowed === name);
}
