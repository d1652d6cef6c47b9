import { z } from 'zod';
import { storableText } from '@/lib/forms/storable-text';
import { EmailSchema, PasswordSchema } from '@/lib/users/account-schemas';

/** "Forgot your password?": only an address, checked for its shape and nothing more. */
export const ForgotPasswordSchema = z.object({ email: EmailSchema });

/**
 * A password chosen on a link's page: the same rules as signing up. Whether it contains the
 * person's name or address is checked against the link's owner when it is set (setPasswordWithLink).
 */
export const SetPasswordFormSchema = z
  .object({
    token: storableText({ error: 'This page lost its link. Open the link from your e-mail again.' }).max(200, 'This page lost its link. Open the link from your e-mail again.'),
    password: PasswordSchema,
    confirmPassword: storableText({ error: 'Enter the password again' }),
  })
  .refine((value) => value.password === value.confirmPassword, { path: ['confirmPassword'], message: 'The two passwords do not match' });
