/** Why a witness link cannot be used now. */
export type WitnessRefusal = 'unknown' | 'used' | 'expired' | 'revoked' | 'too-many';

type Explanation = { status: 404 | 410 | 429; title: string; explanation: string; whatToDo: string };

const ASK_AGAIN = 'Ask the learner who sent it for a new link. Nothing has been recorded from this link.';

/**
 * What the witness page says and which HTTP status it answers with: 404 when the link is not one
 * we issued (mistyped or cut short), 410 when it was ours and is now gone, 429 when too many requests came from one address.
 */
export const WITNESS_REFUSALS: Record<WitnessRefusal, Explanation> = {
  unknown: {
    status: 404,
    title: 'We do not recognise this witness link',
    explanation: 'The address may be incomplete or mistyped: a witness link is long, and e-mail or chat programs sometimes cut it short.',
    whatToDo: `Copy the whole link again from the message you received. If it still does not work, ask the learner for a new link.`,
  },
  used: {
    status: 410,
    title: 'This witness link has already been used',
    explanation: 'Each link can be used once, and a testimony has already been signed with this one.',
    whatToDo: 'If you did not sign it, or you want to add something, ask the learner for a new link and tell their assessor.',
  },
  expired: {
    status: 410,
    title: 'This witness link has expired',
    explanation: 'Witness links work for a limited number of days, and this one has run out.',
    whatToDo: ASK_AGAIN,
  },
  revoked: {
    status: 410,
    title: 'This witness link was withdrawn',
    explanation: 'The learner withdrew this link, so it can no longer be used.',
    whatToDo: ASK_AGAIN,
  },
  'too-many': {
    status: 429,
    title: 'Too many requests from your connection',
    explanation: 'To protect witness links, each connection may open or send them only a limited number of times in a few minutes.',
    whatToDo: 'Wait ten minutes and open the link again. What you typed has not been sent.',
  },
};
