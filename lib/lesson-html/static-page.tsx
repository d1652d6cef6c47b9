import type { ReactNode } from 'react';
import { PageBody } from '@/components/layout/page-body';
import { StaticSiteHeader } from '@/lib/lesson-html/static-site-header';

/** What a prerendered page links to besides itself: the app's stylesheets and the islands' starting script. */
export type LessonAssets = { stylesheets: readonly string[]; script: string };

export const SITE_TITLE = 'US 114052 customer care';

type Props = { title: string; description: string; assets: LessonAssets; children: ReactNode };

/** The app's page frame (head, skip link, header, main, footer) as a plain HTML document. */
export function StaticPage({ title, description, assets, children }: Props) {
  return (
    <html lang="en-ZA">
      {/* biome-ignore lint/style/noHeadElement: a plain HTML file rendered outside Next.js, which has no metadata API to fill it */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={description} />
        <meta name="theme-color" content="#1e40af" media="(prefers-color-scheme: light)" />
        <meta name="theme-color" content="#0e131c" media="(prefers-color-scheme: dark)" />
        <link rel="manifest" href="/manifest.webmanifest" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <link rel="apple-touch-icon" href="/icons/apple-touch-icon.png" />
        {assets.stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
        <script type="module" src={assets.script} />
      </head>
      <PageBody header={<StaticSiteHeader />}>{children}</PageBody>
    </html>
  );
}
