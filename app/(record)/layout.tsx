import type { ReactNode } from 'react';
import { SignedInArea } from '@/components/layout/signed-in-area';

export default function RecordLayout({ children }: { children: ReactNode }) {
  return <SignedInArea>{children}</SignedInArea>;
}
