import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * Every in-app link, without prefetching: learners pay for mobile data, and prefetching each
 * link in view would download pages they may never open. Navigation stays client-side.
 */
export function AppLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
