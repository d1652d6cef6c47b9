'use client';

import { create } from 'zustand';
import type { Role } from '@/lib/db/schema/people';

/** Who the header shows, as /api/me answers it. */
export type Me = { signedIn: false; setupRequired: boolean } | { signedIn: true; name: string; role: Role };

type AccountState = {
  /** Null until the page or the server has said. */
  me: Me | null;
  /** Counts what the page learned without asking /api/me, so an answer to an older question never overwrites it. */
  learned: number;
  /** The page itself knows (a signed-in area rendered it, or the person just signed out). */
  learn: (me: Me) => void;
  /** The answer of /api/me. */
  answer: (me: Me) => void;
};

export const useAccountStore = create<AccountState>()((set) => ({
  me: null,
  learned: 0,
  learn: (me) => set((state) => ({ me, learned: state.learned + 1 })),
  answer: (me) => set({ me }),
}));

export const SIGNED_OUT: Me = { signedIn: false, setupRequired: false };

export function isMe(value: unknown): value is Me {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'signedIn') === 'boolean';
}
