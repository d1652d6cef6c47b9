import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { DEFAULT_CALENDAR } from '@/lib/sla/calendar';
import { DEFAULT_FORM, evaluateClockForm } from './clock-explorer-model';
import { ClockResult } from './clock-result';
import { PriorityMatrix, PriorityMatrixExplorer, SlaClockExplorer, SlaTimeline } from './index';
import { PauseFields } from './pause-fields';

function text(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'");
}

test('the priority matrix is a table with a caption, scoped headers and the nine priorities in order', () => {
  const html = renderToStaticMarkup(<PriorityMatrix />);
  expect(html).toContain('<caption');
  expect(html.match(/scope="col"/g)).toHaveLength(4);
  expect(html.match(/scope="row"/g)).toHaveLength(3);
  const cells = [...html.matchAll(/<td class="[^"]*"><span class="block text-lg font-bold">(P\d)<\/span>/g)].map((m) => m[1]);
  expect(cells).toEqual(['P1', 'P2', 'P3', 'P2', 'P3', 'P4', 'P3', 'P4', 'P4']);
  expect(text(html)).toContain('High impactP1critical');
});

test('the priority explorer starts at high impact and medium urgency: P2, 1 h and 8 h', () => {
  const html = renderToStaticMarkup(<PriorityMatrixExplorer />);
  expect(html.match(/<fieldset/g)).toHaveLength(2);
  expect(html.match(/type="radio"/g)).toHaveLength(6);
  expect(html.match(/checked=""/g)).toHaveLength(2);
  expect(html).toContain('aria-live="polite"');
  expect(text(html)).toContain('gives P2, high priority: respond within 1 h and resolve within 8 h of business time.');
});

test('the worked timeline shows the brief’s case calculated: 16:30 logged, 09:30 next day due', () => {
  const html = renderToStaticMarkup(<SlaTimeline />);
  const words = text(html);
  expect(words).toContain('Logged: Tue 3 Mar 2026, 16:30');
  expect(words).toContain('Tue 3 Mar 2026, 16:30 to 17:00: open, 30 min counted (30 min of 1 h used).');
  expect(words).toContain('Tue 3 Mar 2026, 17:00 to Wed 4 Mar 2026, 09:00: closed, so the clock stops.');
  expect(words).toContain('Response due: Wed 4 Mar 2026, 09:30');
  expect(html).toContain('<figcaption');
  expect(html).toContain('aria-hidden="true"');
});

test('the clock explorer renders the default example with labelled fields and its due times', () => {
  const html = renderToStaticMarkup(<SlaClockExplorer />);
  expect(html).toMatch(/<fieldset[^>]*><legend[^>]*>Ticket logged at<\/legend>/);
  expect(html).toMatch(/<label for="[^"]+-logged"[^>]*>Date<\/label><input id="[^"]+-logged" type="text"[^>]*value="2026-03-03"/);
  expect(html).toMatch(/<input id="[^"]+-logged-hour"[^>]*value="16"/);
  expect(html).toMatch(/<input id="[^"]+-logged-minute"[^>]*value="30"/);
  expect(html).toMatch(/<label[^>]*>Priority<select/);
  const words = text(html);
  expect(words).toContain('Response dueWed 4 Mar 2026, 09:30 (1 h of business time)');
  expect(words).toContain('Resolution dueWed 4 Mar 2026, 16:30 (8 h of business time)');
  expect(words).toContain('No weekends or public holidays fall before the resolution is due.');
});

test('the result names skipped holidays and explains a ticket logged while closed', () => {
  const view = evaluateClockForm({ ...DEFAULT_FORM, logged: '2026-04-03T10:00' }).view;
  if (!view) throw new Error('expected a result');
  const words = text(renderToStaticMarkup(<ClockResult view={view} calendar={DEFAULT_CALENDAR} />));
  expect(words).toContain('Logged: Fri 3 Apr 2026, 10:00, while the desk was closed. The clock starts at Tue 7 Apr 2026, 09:00.');
  expect(words).toContain('Fri 3 Apr 2026: Good Friday, a public holiday');
  expect(words).toContain('Mon 6 Apr 2026: Family Day, a public holiday');
  expect(words).toContain('Sat 4 Apr 2026: weekend');
});

test('a pause error is linked to the faulty field by aria-describedby', () => {
  const row = { id: 1, from: '2026-03-04T11:00', to: '2026-03-04T10:00', reason: 'awaiting-customer' as const };
  const html = renderToStaticMarkup(
    <PauseFields
      row={row}
      number={1}
      idPrefix="p1"
      error={{ field: 'to', message: 'The pause must end after it starts.' }}
      onChange={() => undefined}
      onRemove={() => undefined}
    />,
  );
  expect(html).toMatch(/<input id="p1-to" type="text"[^>]*aria-invalid="true" aria-describedby="p1-to-hint p1-error"[^>]*value="2026-03-04"/);
  expect(html).toMatch(/<input id="p1-to-hour"[^>]*aria-invalid="true" aria-describedby="p1-to-hint p1-error"[^>]*value="10"/);
  expect(html).toMatch(/<input id="p1-from" type="text"[^>]*aria-describedby="p1-from-hint"[^>]*value="2026-03-04"/);
  expect(html).not.toMatch(/<input id="p1-from"[^>]*aria-invalid="true"/);
  expect(html).toMatch(/<p id="p1-error"[^>]*>.*The pause must end after it starts\.<\/p>/);
  expect(html).toContain('<legend class="px-1 font-semibold text-slate-900">Pause 1</legend>');
  expect(text(html)).toContain('Remove pause 1');
});

test('the timeline is placed by SVG attributes, never by style attributes the page’s CSP would refuse', () => {
  const view = evaluateClockForm({ ...DEFAULT_FORM, logged: '2026-04-03T10:00' }).view;
  if (!view) throw new Error('expected a result');
  for (const html of [renderToStaticMarkup(<SlaTimeline />), renderToStaticMarkup(<ClockResult view={view} calendar={DEFAULT_CALENDAR} />)]) {
    expect(html).not.toContain('style=');
    expect(html).toMatch(/<rect x="[\d.]+%" y="0" width="[\d.]+%" height="100%" class="fill-emerald-600" data-kind="open"/);
    expect(html).toMatch(/fill="url\(#[^"]+-closed\)" data-kind="closed"/);
  }
});
