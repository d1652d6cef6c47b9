import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-length';
import { ROLES } from '@/lib/db/schema/people';
import { PassportNumberSchema, CountrySchema } from '@/lib/identity/passport';
import { SaIdNumberSchema } from '@/lib/identity/sa-id-number';
import { weakPasswordReason } from '@/lib/users/weak-password';
import { storableText } from '@/lib/forms/storable-text';

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export const EmailSchema = storableText({ error: 'Enter an e-mail address' })
  .trim()
  .toLowerCase()
  .min(1, 'Enter an e-mail address')
  .max(254, 'An e-mail address has at most 254 characters')
  .pipe(z.email('Enter an e-mail address like name@example.co.za'));

export const PasswordSchema = storableText({ error: 'Enter a password' })
  .min(MIN_PASSWORD_LENGTH, `A password needs at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(128, 'A password has at most 128 characters')
  .superRefine((password, context) => {
    const reason = weakPasswordReason(password);
    if (reason) context.addIssue({ code: 'custom', message: reason });
  });

/** A new password must not contain the person's own name or e-mail address either. */
function notPersonal(value: { fullName: string; email: string; password: string }, context: z.RefinementCtx) {
  const reason = weakPasswordReason(value.password, value);
  if (reason) context.addIssue({ code: 'custom', path: ['password'], message: reason });
}

export const FullNameSchema = storableText({ error: 'Enter the full name' })
  .trim()
  .min(2, 'Enter the full name as it appears on the ID document')
  .max(120, 'A name has at most 120 characters');

export const RoleSchema = z.enum(ROLES, { error: 'Choose a role: learner, assessor, moderator or admin' });

export const RegistrationNumberSchema = z.preprocess(
  blankToUndefined,
  storableText().trim().max(60, 'A registration number has at most 60 characters').optional(),
);

/** A learner's identity as a form sends it: which kind, then the fields of that kind. */
export const IdentityFormSchema = z.discriminatedUnion('identityKind', [
  z.object({ identityKind: z.literal('sa-id'), idNumber: SaIdNumberSchema }),
  z.object({ identityKind: z.literal('passport'), passportNumber: PassportNumberSchema, passportCountry: CountrySchema }),
]);

export const SignUpSchema = z
  .object({ fullName: FullNameSchema, email: EmailSchema, password: PasswordSchema, confirmPassword: storableText() })
  .and(IdentityFormSchema)
  .refine((value) => value.password === value.confirmPassword, { path: ['confirmPassword'], message: 'The two passwords do not match' })
  .superRefine(notPersonal);

export const NewUserSchema = z
  .object({
    fullName: FullNameSchema,
    email: EmailSchema,
    password: PasswordSchema,
    role: RoleSchema,
    registrationNumber: RegistrationNumberSchema,
  })
  .superRefine(notPersonal);

export const SetupAdminSchema = z
  .object({ fullName: FullNameSchema, email: EmailSchema, password: PasswordSchema, confirmPassword: storableText() })
  .refine((value) => value.password === value.confirmPassword, { path: ['confirmPassword'], message: 'The two passwords do not match' })
  .superRefine(notPersonal);

export const SignInSchema = z.object({
  email: EmailSchema,
  password: storableText({ error: 'Enter your password' }).min(1, 'Enter your password').max(128, 'A password has at most 128 characters'),
});

export const ChangePasswordSchema = z
  .object({ currentPassword: storableText().min(1, 'Enter your current password'), newPassword: PasswordSchema, confirmPassword: storableText() })
  .refine((value) => value.newPassword === value.confirmPassword, { path: ['confirmPassword'], message: 'The two passwords do not match' });

export type Identity =
  | { identityKind: 'sa-id'; idNumber: string }
  | { identityKind: 'passport'; passportNumber: string; passportCountry: string }
  | { identityKind: null };
