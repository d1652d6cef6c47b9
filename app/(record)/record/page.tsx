import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RecordPage } from '@/components/record/record-page';
import { requireRole } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db/client';
import { recordForViewer } from '@/lib/record/record-service';

export const metadata: Metadata = { title: 'Record of learning' };

export default async function OwnRecordPage() {
  const learner = await requireRole(['learner'], '/record');
  const record = await recordForViewer(await getDb(), { id: learner.id, role: learner.role }, learner.id);
  if (!record) notFound();
  return <RecordPage record={record} pdfHref="/record/pdf" />;
}
