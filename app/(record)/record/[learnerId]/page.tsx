import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RecordPage } from '@/components/record/record-page';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { recordForViewer } from '@/lib/record/record-service';

export const metadata: Metadata = { title: 'Record of learning' };

/** A learner's record for their assessor, the moderator of its batch or an administrator; 404 for anyone else. */
export default async function LearnerRecordPage({ params }: { params: Promise<{ learnerId: string }> }) {
  const { learnerId } = await params;
  const viewer = await requirePermission('record:read', { learnerId }, `/record/${learnerId}`);
  const record = await recordForViewer(await getDb(), { id: viewer.id, role: viewer.role }, learnerId);
  if (!record) notFound();
  return <RecordPage record={record} pdfHref={`/record/${learnerId}/pdf`} />;
}
