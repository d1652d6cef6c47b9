import { NextResponse } from 'next/server';
import { getDb } from '@/lib/db/client';
import { readSettings } from '@/lib/settings/settings-store';

export const dynamic = 'force-dynamic';

/**
 * The provider's extra closed dates, for the SLA tools on static lesson pages. Public: the same
 * for everyone and nothing personal. Cached briefly, so a change in settings shows within minutes.
 */
export async function GET() {
  const { closedDates } = await readSettings(await getDb());
  return NextResponse.json({ closedDates }, { headers: { 'Cache-Control': 'public, max-age=300' } });
}
