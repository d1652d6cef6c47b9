import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { SastDateField } from '@/components/ui/sast-date-field';
import { SastDateTimeField, SastDateTimePartsField } from '@/components/ui/sast-date-time-field';

const noop = () => undefined;

/** The text of the <label for="…"> naming the element with this id. */
function labelFor(markup: string, id: string): string | null {
  return new RegExp(`<label[^>]*for="${id}"[^>]*>([^<]*)</label>`).exec(markup)?.[1] ?? null;
}

function inputById(markup: string, id: string): string {
  return new RegExp(`<input[^>]*id="${id}"[^>]*>`).exec(markup)?.[0] ?? '';
}

test('one fieldset named by its legend holds a labelled date, hour and minute, with the 24-hour SAST hint', () => {
  const html = renderToStaticMarkup(<SastDateTimeField id="logged" label="Ticket logged at" value="2026-03-04T14:30" onChange={noop} />);
  expect(html).toMatch(/^<fieldset[^>]*><legend[^>]*>Ticket logged at<\/legend>/);
  expect(html).toContain('<p id="logged-hint" class="text-sm text-slate-700">24-hour time, South African time (SAST). Date as YYYY-MM-DD, for example 2026-03-04.</p>');
  expect(labelFor(html, 'logged')).toBe('Date');
  expect(labelFor(html, 'logged-hour')).toBe('Hour');
  expect(labelFor(html, 'logged-minute')).toBe('Minute');
  for (const id of ['logged', 'logged-hour', 'logged-minute']) {
    expect(inputById(html, id)).toContain('type="text"');
    expect(inputById(html, id)).toContain('aria-describedby="logged-hint"');
  }
  expect(inputById(html, 'logged-hour')).toContain('inputMode="numeric"');
});

test('the value shows in its parts, on a 24-hour clock with no AM or PM', () => {
  const html = renderToStaticMarkup(<SastDateTimeField id="t" label="Response due" value="2026-03-04T14:30" onChange={noop} />);
  expect(inputById(html, 't')).toContain('value="2026-03-04"');
  expect(inputById(html, 't-hour')).toContain('value="14"');
  expect(inputById(html, 't-minute')).toContain('value="30"');
  expect(html).not.toMatch(/\b(AM|PM)\b/);
  expect(html).not.toContain('datetime-local');
});

test('a problem found outside marks every part invalid and is read with each', () => {
  const html = renderToStaticMarkup(<SastDateTimeField id="p" label="From" value="" onChange={noop} invalid describedBy="p-error" />);
  for (const id of ['p', 'p-hour', 'p-minute']) {
    expect(inputById(html, id)).toContain('aria-invalid="true"');
    expect(inputById(html, id)).toContain('aria-describedby="p-hint p-error"');
  }
});

test('a posted form names its parts, and the server’s errors sit with their parts', () => {
  const html = renderToStaticMarkup(
    <SastDateTimePartsField
      id="field-date"
      label="When the interview started"
      parts={{ date: '2026-3-4', hour: '24', minute: '00' }}
      onPartsChange={noop}
      postAs={{ date: 'date', time: 'time' }}
      errors={{ time: '24:00 is not a time on the 24-hour clock: hours go to 23 and minutes to 59.' }}
    />,
  );
  expect(inputById(html, 'field-date')).toContain('name="date"');
  expect(inputById(html, 'field-date-hour')).toContain('name="time.hour"');
  expect(inputById(html, 'field-date-minute')).toContain('name="time.minute"');
  expect(html).not.toContain('type="hidden"');
  expect(html).toMatch(/<p id="field-date-hour-error"[^>]*>.*24:00 is not a time on the 24-hour clock/);
  expect(inputById(html, 'field-date-hour')).toContain('aria-describedby="field-date-hint field-date-hour-error"');
  expect(inputById(html, 'field-date-hour')).toContain('aria-invalid="true"');
  expect(inputById(html, 'field-date-minute')).toContain('aria-describedby="field-date-hint field-date-hour-error"');
  expect(inputById(html, 'field-date')).not.toContain('aria-invalid="');
});

test('a date-only field is a labelled text box that explains the YYYY-MM-DD form', () => {
  const html = renderToStaticMarkup(<SastDateField name="startsOn" label="Start date" defaultValue="2027-02-01" error="The start date is not a real date" />);
  expect(labelFor(html, 'field-startsOn')).toBe('Start date');
  expect(inputById(html, 'field-startsOn')).toContain('type="text"');
  expect(inputById(html, 'field-startsOn')).toContain('value="2027-02-01"');
  expect(html).toContain('Write the date as YYYY-MM-DD, for example 2026-03-04.');
  expect(inputById(html, 'field-startsOn')).toContain('aria-describedby="field-startsOn-hint field-startsOn-error"');
});

test('with its own message shown, only the wrong part is marked, not every part for the outside problem', () => {
  const html = renderToStaticMarkup(
    <SastDateTimePartsField id="q" label="From" parts={{ date: '2026-03-04', hour: '', minute: '30' }} onPartsChange={noop} invalid describedBy="q-outside" errors={{ time: 'Enter the time on the 24-hour clock as HH:mm, for example 14:30.' }} />,
  );
  expect(inputById(html, 'q')).not.toContain('aria-invalid="');
  expect(inputById(html, 'q-hour')).toContain('aria-invalid="true"');
  expect(inputById(html, 'q-hour')).toContain('aria-describedby="q-hint q-hour-error q-outside"');
});
