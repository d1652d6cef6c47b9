import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { authorize, type Subject } from '@/lib/auth/authorize';
import { type CurrentUser, getCurrentUser } from '@/lib/auth/current-user';
import type { Permission, PermissionContext, PolicyActor } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';

function actorFor(current: CurrentUser | null): PolicyActor {
  return current ? { kind: 'user', id: current.id, role: current.role } : { kind: 'anonymous' };
}

/**
 * For pages and server actions: signed out → the sign-in page (back to `returnTo` afterwards);
 * signed in but not entitled, or the subject does not exist → not found.
 */
export async function requirePermission(permission: Permission, subject: Subject, returnTo: string): Promise<CurrentUser> {
  const current = await getCurrentUser();
  const decision = await authorize(await getDb(), actorFor(current), permission, subject);
  if (!current || (!decision.allowed && decision.reason === 'sign-in')) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (!decision.allowed) notFound();
  return current;
}

export type RequestAccess = { ok: true; user: CurrentUser; context: PermissionContext } | { ok: false; status: 401 | 404; message: string };

/** For route handlers: the same decision as a status and the message the route already gives (401 signed out, 404 otherwise). */
export async function authorizeRequest(permission: Permission, subject: Subject, messages: { signIn: string; notFound: string }): Promise<RequestAccess> {
  const current = await getCurrentUser();
  const decision = await authorize(await getDb(), actorFor(current), permission, subject);
  if (!current || (!decision.allowed && decision.reason === 'sign-in')) return { ok: false, status: 401, message: messages.signIn };
  if (!decision.allowed) return { ok: false, status: 404, message: messages.notFound };
  return { ok: true, user: current, context: decision.context };
}
