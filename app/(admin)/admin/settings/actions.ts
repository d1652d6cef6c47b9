'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { type FormState, failed, invalid, succeeded } from '@/lib/forms/form-state';
import { parseClosedDatesText } from '@/lib/settings/closed-dates-text';
import { SettingsPatchSchema } from '@/lib/settings/settings-schema';
import { updateSettings } from '@/lib/settings/settings-store';

const numberOrText = (value: FormDataEntryValue | null) => {
  if (typeof value !== 'string') return undefined;
  return value.trim() === '' ? Number.NaN : Number(value);
};

/** An empty date field means "no date set". */
const dateOrNull = (value: FormDataEntryValue | null) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

export async function saveSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requirePermission('settings:manage', null, '/admin/settings');
  const closedDates = parseClosedDatesText(String(formData.get('closedDates') ?? ''));
  if (!closedDates.ok) return failed('Please correct the fields marked below.', formData, { closedDates: closedDates.message });
  const parsed = SettingsPatchSchema.safeParse({
    providerName: formData.get('providerName') ?? undefined,
    accreditationNumber: formData.get('accreditationNumber') ?? undefined,
    selfSignUp: formData.get('selfSignUp') === 'on',
    assessmentOpensAfterAllLessons: formData.get('assessmentOpensAfterAllLessons') === 'on',
    maxAttempts: numberOrText(formData.get('maxAttempts')),
    appealWindowHours: numberOrText(formData.get('appealWindowHours')),
    sampleCompetentPercent: numberOrText(formData.get('sampleCompetentPercent')),
    sampleFirstDecisionsPerAssessor: numberOrText(formData.get('sampleFirstDecisionsPerAssessor')),
    lastEnrolmentDate: dateOrNull(formData.get('lastEnrolmentDate')),
    lastAchievementDate: dateOrNull(formData.get('lastAchievementDate')),
    closedDates: closedDates.value,
    recordingMaxMegabytes: numberOrText(formData.get('recordingMaxMegabytes')),
    evidenceRetentionMonths: numberOrText(formData.get('evidenceRetentionMonths')),
  });
  if (!parsed.success) return invalid(parsed.error, formData, 'Nothing was saved: correct the fields marked above.');
  await updateSettings(await getDb(), { id: admin.id, role: admin.role }, parsed.data);
  revalidatePath('/admin/settings');
  return succeeded('Settings saved.');
}
