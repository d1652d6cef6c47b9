import 'server-only';
import { confirmSigner, type Signer } from '@/lib/assessing/confirm-signer';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { EvidenceRuleError } from '@/lib/portfolio/assessor-evidence/evidence-rule-error';

/** The assessor signing an observation or interview, as a judgement is signed: registration number on file, password again. */
export async function requireSigner(db: DbOrTx, userId: string, password: string): Promise<Signer> {
  const signer = await confirmSigner(db, userId, password);
  if (signer === 'registration-missing') {
    throw new EvidenceRuleError('registration-missing', 'Add your SETA registration number on your account page before you sign: it goes on the record of learning.');
  }
  if (signer === 'password') {
    const message = 'Your password is not right. Enter it again to sign.';
    throw new EvidenceRuleError('password', message, { password: message });
  }
  return signer;
}
