import { NextResponse } from 'next/server';
import { authorizeRequest } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { readJson } from '@/lib/http/json-responses';
import { ProgressSnapshotSchema } from '@/lib/progress/progress-schema';
import { readProgress, syncProgress } from '@/lib/progress/progress-store-db';

export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'private, no-store' };

/** The signed-in person's own progress; there is no way to name another person's. */
export async function GET() {
  const access = await authorizeRequest('progress:sync', { self: true }, { signIn: 'Sign in to sync your progress.', notFound: 'Sign in to sync your progress.' });
  if (!access.ok) return NextResponse.json({ error: access.message }, { status: access.status, headers: noStore });
  const current = access.user;
  return NextResponse.json(await readProgress(await getDb(), current.id), { headers: noStore });
}

export async function PUT(request: Request) {
  const access = await authorizeRequest('progress:sync', { self: true }, { signIn: 'Sign in to sync your progress.', notFound: 'Sign in to sync your progress.' });
  if (!access.ok) return NextResponse.json({ error: access.message }, { status: access.status, headers: noStore });
  const current = access.user;
  const json = await readJson(request);
  if (!json.ok) return json.response;
  const parsed = ProgressSnapshotSchema.safeParse(json.body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return NextResponse.json({ error: `Progress not saved: ${issue?.path.join('.') || 'body'} ${issue?.message ?? 'is not valid'}.` }, { status: 400, headers: noStore });
  }
  return NextResponse.json(await syncProgress(await getDb(), current.id, parsed.data), { headers: noStore });
}
