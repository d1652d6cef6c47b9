import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { type RolePlayBrief, RolePlaysFileSchema } from '@/lib/portfolio/practical-schemas';

/** The course's real role-play briefs. */
export const BRIEFS: RolePlayBrief[] = RolePlaysFileSchema.parse(parse(readFileSync(path.resolve('content/practical/role-plays.yml'), 'utf8'))).briefs;

export function brief(id: string): RolePlayBrief {
  const found = BRIEFS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no brief ${id}`);
  return found;
}
