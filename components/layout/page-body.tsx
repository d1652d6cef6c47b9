import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';

/** The body every page shares, app page or prerendered lesson: skip link, header, main, footer. */
export function PageBody({ header, children }: { header: ReactNode; children: ReactNode }) {
  return (
    <body className="flex min-h-screen flex-col">
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      {header}
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none sm:px-6">
        {children}
      </main>
      <SiteFooter />
    </body>
  );
}
