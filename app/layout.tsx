import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { PageBody } from '@/components/layout/page-body';
import { SiteHeader } from '@/components/layout/site-header';
import { ServiceWorkerStart } from '@/components/offline/service-worker-start';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Customer care in IT support (US 114052)', template: '%s · US 114052 customer care' },
  description: 'An interactive course and assessment for SAQA unit standard 114052: customer care in IT support according to a service level agreement.',
  manifest: '/manifest.webmanifest',
  icons: { icon: [{ url: '/icon.svg', type: 'image/svg+xml' }], apple: '/icons/apple-touch-icon.png' },
};

// The browser's bar takes the page's own colour: brand blue, or the dark theme's surface (app/dark-palette.css).
export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#1e40af' },
    { media: '(prefers-color-scheme: dark)', color: '#0e131c' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-ZA">
      <PageBody header={<SiteHeader />}>
        {children}
        <ServiceWorkerStart />
      </PageBody>
    </html>
  );
}
