import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RecordPage } from '@/components/record/record-page';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { recordForViewer } from '@/lib/record/record-service';

export const metadata: Metadata = { title: 'Record of learning' };

export default async function OwnRecordPage() {
  const learner = await requirePermission('record:read', { self: true }, '/record');
  const record = await recordForViewer(await getDb(), { id: learner.id, role: learner.role }, learner.id);
  if (!record) notFound();
  return <RecordPage record={record} pdfHref="/record/pdf" />;
}
