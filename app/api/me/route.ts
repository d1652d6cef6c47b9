import { NextResponse } from 'next/server';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db/client';
import { adminExists } from '@/lib/users/first-admin';

export const dynamic = 'force-dynamic';

/** Who is signed in, for the header on static pages. Never cached: it is per person. */
export async function GET() {
  const current = await getCurrentUser();
  const headers = { 'Cache-Control': 'private, no-store' };
  if (!current) {
    const setupRequired = !(await adminExists(await getDb()));
    return NextResponse.json({ signedIn: false, setupRequired }, { headers });
  }
  return NextResponse.json({ signedIn: true, name: current.fullName, role: current.role }, { headers });
}
