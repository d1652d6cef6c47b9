/** The candidate's name in plain lower-case letters and digits, so every browser and file system keeps it (Zoë → zoe). */
export function recordPdfFileName(candidateName: string): string {
  const slug = candidateName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug ? `record-of-learning-${slug}.pdf` : 'record-of-learning.pdf';
}
