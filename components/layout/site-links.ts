/** The header's links every visitor sees. */
export const SITE_LINKS = [
  { href: '/', label: 'Course' },
  { href: '/outline', label: 'Outline' },
  { href: '/glossary', label: 'Glossary' },
] as const;
