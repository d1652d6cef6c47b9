import type { NextConfig } from 'next';

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const nextConfig: NextConfig = {
  // The MDX compiler (esbuild) and the embedded database ship native or wasm code that must not be bundled.
  serverExternalPackages: ['mdx-bundler', 'esbuild', '@electric-sql/pglite', '@react-pdf/renderer'],
  poweredByHeader: false,
  reactStrictMode: true,
  // Lessons are prerendered HTML files (lib/lesson-html); an address naming no lesson finds no file and gets the app's 404.
  async rewrites() {
    // The offline page is built beside them (lib/offline).
    return {
      beforeFiles: [
        { source: '/lessons/:slug', destination: '/lesson-pages/:slug.html' },
        { source: '/offline', destination: '/lesson-pages/offline.html' },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // A witness link carries its token in the address: no referrer may pass it on, and no search engine may keep it.
      {
        source: '/witness/:path*',
        headers: [
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
        ],
      },
      // A password link carries its token in the address in the same way.
      {
        source: '/set-password/:path*',
        headers: [
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
        ],
      },
      // The role-play recorder is the one page that may use the microphone and camera; the later rule wins for the same header.
      // The service worker's own file is checked on every visit, so a new build reaches devices at once.
      { source: '/sw.js', headers: [{ key: 'Cache-Control', value: 'no-cache' }] },
      { source: '/portfolio/role-plays/:briefId', headers: [{ key: 'Permissions-Policy', value: 'camera=(self), microphone=(self), geolocation=()' }] },
    ];
  },
};

export default nextConfig;
