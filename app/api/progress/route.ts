import { NextResponse } from 'next/server';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db/client';
import { readJson } from '@/lib/http/json-responses';
import { ProgressSnapshotSchema } from '@/lib/progress/progress-schema';
import { readProgress, syncProgress } from '@/lib/progress/progress-store-db';

export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'private, no-store' };

/** The signed-in person's own progress; there is no way to name another person's. */
export async function GET() {
  const current = await getCurrentUser();
  if (!current) return NextResponse.json({ error: 'Sign in to sync your progress.' }, { status: 401, headers: noStore });
  return NextResponse.json(await readProgress(await getDb(), current.id), { headers: noStore });
}

export async function PUT(request: Request) {
  const current = await getCurrentUser();
  if (!current) return NextResponse.json({ error: 'Sign in to sync your progress.' }, { status: 401, headers: noStore });
  const json = await readJson(request);
  if (!json.ok) return json.response;
  const parsed = ProgressSnapshotSchema.safeParse(json.body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return NextResponse.json({ error: `Progress not saved: ${issue?.path.join('.') || 'body'} ${issue?.message ?? 'is not valid'}.` }, { status: 400, headers: noStore });
  }
  return NextResponse.json(await syncProgress(await getDb(), current.id, parsed.data), { headers: noStore });
}
