'use server';

import { revalidatePath } from 'next/cache';
import { requireRole } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db/client';
import { type FormState, invalid, succeeded } from '@/lib/forms/form-state';
import { SettingsPatchSchema } from '@/lib/settings/settings-schema';
import { updateSettings } from '@/lib/settings/settings-store';

const numberOrText = (value: FormDataEntryValue | null) => {
  if (typeof value !== 'string') return undefined;
  return value.trim() === '' ? Number.NaN : Number(value);
};

export async function saveSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireRole(['admin'], '/admin/settings');
  const parsed = SettingsPatchSchema.safeParse({
    providerName: formData.get('providerName') ?? undefined,
    accreditationNumber: formData.get('accreditationNumber') ?? undefined,
    selfSignUp: formData.get('selfSignUp') === 'on',
    assessmentOpensAfterAllLessons: formData.get('assessmentOpensAfterAllLessons') === 'on',
    maxAttempts: numberOrText(formData.get('maxAttempts')),
    appealWindowHours: numberOrText(formData.get('appealWindowHours')),
    sampleCompetentPercent: numberOrText(formData.get('sampleCompetentPercent')),
    sampleFirstDecisionsPerAssessor: numberOrText(formData.get('sampleFirstDecisionsPerAssessor')),
    recordingMaxMegabytes: numberOrText(formData.get('recordingMaxMegabytes')),
  });
  if (!parsed.success) return invalid(parsed.error, formData);
  await updateSettings(await getDb(), { id: admin.id, role: admin.role }, parsed.data);
  revalidatePath('/admin/settings');
  return succeeded('Settings saved.');
}
