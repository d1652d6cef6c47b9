import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { EvidenceMatrix, pieceHref } from '@/components/portfolio/evidence-matrix';
import { buildEvidenceMatrix, type MatrixPiece } from '@/lib/portfolio/evidence-matrix';
import type { SufficiencyFile } from '@/lib/portfolio/sufficiency-schema';

const NOW = new Date('2026-03-10T10:00:00Z');
const SUFFICIENCY: SufficiencyFile = {
  currencyMonths: 24,
  default: { pieces: 2, methods: 2, practical: 1, practicalChannels: 0 },
  criteria: { 'AC1.3': { pieces: 3, methods: 2, practical: 2, practicalChannels: 2 } },
};
const CRITERIA = [
  { code: 'AC1.1', text: 'Plain language is used.' },
  { code: 'AC1.3', text: 'Conduct is professional by phone, e-mail and in person.' },
  { code: 'AC2.1', text: 'The request is logged with complete details.' },
];

function piece(overrides: Partial<MatrixPiece> & Pick<MatrixPiece, 'id' | 'method' | 'criteria' | 'title'>): MatrixPiece {
  return { channel: null, state: 'signed', occurredAt: new Date('2026-03-02T10:00:00Z'), attesterRole: 'assessor', attesterName: 'Thandi Nkosi', submissionId: null, detailId: null, ...overrides };
}

const PIECES: MatrixPiece[] = [
  piece({ id: 'k1', method: 'knowledge', criteria: ['AC1.1', 'AC1.3', 'AC2.1'], title: 'Knowledge test (attempt 1)', state: 'submitted', submissionId: 'sub-1', attesterRole: 'learner', attesterName: 'Lerato Mokoena' }),
  piece({ id: 'o1', method: 'observation', criteria: ['AC1.1', 'AC1.3'], title: 'Observed phone call', channel: 'phone', detailId: 'obs-9' }),
  piece({ id: 'w1', method: 'witness', criteria: ['AC1.1'], title: 'Testimony from 2021', channel: 'in-person', occurredAt: new Date('2021-05-01T10:00:00Z'), attesterRole: 'witness' }),
  piece({ id: 'd1', method: 'observation', criteria: ['AC2.1'], title: 'Draft observation', state: 'draft', detailId: 'obs-draft' }),
];

const entities: Record<string, string> = { '&#x27;': "'", '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>' };

function render(options: { sealedAt?: Date; headingLevel?: 3 | 4 } = {}): string {
  const matrix = buildEvidenceMatrix(PIECES, CRITERIA, SUFFICIENCY, NOW);
  const html = renderToStaticMarkup(<EvidenceMatrix matrix={matrix} caption="Evidence of Lerato Mokoena" submissionHref={(id) => `/assessment/${id}`} {...options} />);
  return html.replace(/&#x27;|&quot;|&amp;|&lt;|&gt;/g, (entity) => entities[entity] ?? entity);
}

function table(html: string): string {
  return /<table[\s\S]*<\/table>/.exec(html)?.[0] ?? '';
}

function listItem(html: string, code: string): string {
  const list = /<ul aria-label[\s\S]*$/.exec(html)?.[0] ?? '';
  return new RegExp(`<li class="rounded[^"]*"><h\\d[^>]*>${code.replace('.', '\\.')} [\\s\\S]*?(?=<li class="rounded|</ul></div>$)`).exec(list)?.[0] ?? '';
}

function text(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

test('the table has a caption, a column header per method in use and a row header per criterion', () => {
  const html = table(render());
  expect(html).toContain('<caption class="mb-2 text-left font-semibold">Evidence of Lerato Mokoena</caption>');
  const columns = [...html.matchAll(/<th scope="col"[^>]*>([^<]*)/g)].map((match) => match[1]);
  // The draft observation is left out; the witness column is there for its (old) testimony.
  expect(columns).toEqual(['Criterion', 'Knowledge test', 'Observation', 'Witness testimony', 'Sufficiency']);
  const rows = [...html.matchAll(/<th scope="row"[^>]*><span class="font-semibold">([^<]*)/g)].map((match) => match[1]);
  expect(rows).toEqual(['AC1.1', 'AC1.3', 'AC2.1']);
  expect(html).not.toContain('Draft observation');
});

test('a piece with a detail row links to its evidence page, an answer part to the viewer\'s submission page, and one with neither is plain text', () => {
  const html = render();
  expect(html).toContain('<a href="/evidence/observation/obs-9" class="text-brand-700 underline underline-offset-2">Observed phone call</a>');
  expect(html).toContain('<a href="/assessment/sub-1" class="text-brand-700 underline underline-offset-2">Knowledge test (attempt 1)</a>');
  expect(html).toContain('<span>Testimony from 2021</span>');
  expect(pieceHref({ method: 'role-play', detailId: 'rec/1', submissionId: 'sub-1' }, (id) => `/x/${id}`)).toBe('/evidence/role-play/rec%2F1');
  expect(pieceHref({ method: 'witness', detailId: null, submissionId: null }, (id) => `/x/${id}`)).toBeNull();
});

test('each cell counts its pieces, and an empty cell says none to a screen reader', () => {
  const row = /<tr class="print:break-inside-avoid"><th scope="row"[^>]*><span class="font-semibold">AC2\.1[\s\S]*?<\/tr>/.exec(table(render()))?.[0] ?? '';
  const cells = [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((match) => text(match[1] ?? '').trim());
  expect(cells[0]).toMatch(/^1 piece Knowledge test \(attempt 1\)/);
  expect(cells[1]).toBe('– none');
  expect(cells[2]).toBe('– none');
});

test('a criterion whose rule is not met says so, with its rule in words, what it has and what is missing', () => {
  const item = text(listItem(render(), 'AC1.3'));
  expect(item).toContain('Rule not met');
  expect(item).toContain('Needs: 3 pieces of evidence, from 2 methods, 2 of them practical, practical evidence on 2 channels.');
  expect(item).toContain('Has: 2 pieces: Knowledge test, Observation (phone).');
  expect(item).toContain('Missing: 1 more piece of evidence; 1 more practical piece (observation, role-play, witness, logbook or simulated ticket); practical evidence on 1 more channel.');
});

test('a piece too old to count is marked not current and named under its criterion', () => {
  const item = text(listItem(render(), 'AC1.1'));
  expect(item).toContain('Testimony from 2021 01 May 2021, in-person, not current');
  expect(item).toContain('Not current (too old to count): Testimony from 2021 (01 May 2021).');
  // Knowledge test and the observation still meet the default rule without it.
  expect(item).toContain('Rule met');
  expect(item).not.toContain('Rule not met');
});

test('the narrow-screen list has one item per criterion, headed at the level the page asks for, listing only the methods it has', () => {
  const html = render({ headingLevel: 4 });
  expect(html.match(/<li class="rounded/g)).toHaveLength(3);
  const item = listItem(html, 'AC2.1');
  expect(item).toMatch(/^<li class="rounded[^"]*"><h4/);
  expect([...item.matchAll(/<dt[^>]*>([^<]*)<\/dt>/g)].map((match) => match[1])).toEqual(['Knowledge test']);
});

test('sealed evidence reads as the standing when the judgement was signed', () => {
  const html = text(render({ sealedAt: new Date('2026-03-03T14:30:00Z') }));
  expect(html).toContain('As sealed by the signed judgement on 03 March 2026 at 16:30.');
  expect(html).toContain('Rule met when signed');
  expect(html).toContain('Met with: 2 pieces: Knowledge test, Observation (phone).');
  expect(html).toContain('Rule not met when signed');
});

test('the summary counts the criteria that do not meet their rule', () => {
  expect(text(render())).toContain('2 of 3 criteria do not meet their sufficiency rule yet.');
});
