import { type Cast, type CastPerson, TICKET_PATTERN } from '@/lib/content/cast-schema';

/**
 * The cast rule: one name, one person, one role. Every person in the course's stories is listed
 * in `content/cast.yml` with the places they appear. A first name belongs to one person, so a name
 * met in a new place (a "Sipho" who is suddenly a teacher) is refused until the author either picks
 * another name or adds the place to that person's entry, beside the role written there. The same
 * holds for ticket numbers: one number, one story.
 *
 * The check reads names, not roles: it cannot tell from prose that a person's job changed. What it
 * guarantees is that reusing a name is always a deliberate edit of the cast.
 */

/** One place a person or ticket can appear: its id (as in cast.yml), the file it lives in, and its text. */
export type TextPlace = { place: string; file: string; text: string };
/** `file` is the content file to fix: the place's own file, or null for the cast file itself. */
export type CastProblem = { file: string | null; message: string };

const TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Sister', 'Nurse'];
const TITLED = new RegExp(`\\b(?:${TITLES.join('|')}) ((?:(?:van der|van|de|du|le) )?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)`, 'g');
// Capitalised words that may stand before a surname without being a first name ("The Thomas–Kilmann model").
const NOT_NAMES = new Set(['The', 'A', 'An', 'And', 'But', 'Or', 'Of', 'In', 'On', 'At', 'To', 'For', 'With', 'By', 'From', 'Dear', 'Hi', 'Hello', 'Use', 'Ask', 'Tell', 'Call', 'Name', 'Choose', 'Pick', 'Match', 'Both', 'Each', 'Every', 'This', 'That', 'Their', 'His', 'Her', 'Our', 'Your']);
const BARE_TICKET = /\bticket(?: number)?(?: is)? (\d{4,6})\b/gi;

function firstName(person: Pick<CastPerson, 'name'>): string {
  return person.name.split(' ')[0] ?? person.name;
}

function surname(person: Pick<CastPerson, 'name'>): string {
  return person.name.split(' ').slice(1).join(' ');
}

// A capitalised word standing alone: not part of a longer word ("Nosipho") or a hyphenated one.
const CAPITALISED = /(?<![A-Za-z-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![a-z]|-[A-Za-z])/g;
// Every pair of capitalised words, overlapping ("Dr Naledi Mahlangu" gives "Dr Naledi" and "Naledi Mahlangu").
const PAIRS = /\b(?=([A-Z][a-z]+) ((?:(?:van der|van|de|du|le) )?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![a-z]))/g;

/** What one place's text says, read once: its capitalised words, its titled names and its name-like pairs. */
function readPlace(text: string) {
  return {
    words: new Set(text.match(CAPITALISED) ?? []),
    titled: [...text.matchAll(TITLED)].map((match) => ({ text: match[0], name: match[1] ?? '' })),
    pairs: [...text.matchAll(PAIRS)].map((match) => ({ first: match[1] ?? '', last: match[2] ?? '' })),
  };
}

function where(person: CastPerson): string {
  return `${person.name} (${person.role})`;
}

/** Problems with the cast file itself: a name, first name, ticket or organisation listed twice, an unknown organisation or place. */
function castFileProblems(cast: Cast, knownPlaces: ReadonlySet<string>): CastProblem[] {
  const problems: CastProblem[] = [];
  const seen = (label: string, values: string[]) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    for (const [value, count] of counts) if (count > 1) problems.push({ file: null, message: `${label} "${value}" is listed ${count} times: one name, one entry` });
  };
  seen('the person', cast.people.map((p) => p.name));
  seen('the first name', cast.people.map(firstName));
  seen('the ticket', cast.tickets.map((t) => t.number));
  seen('the organisation id', cast.organisations.map((o) => o.id));
  seen('the organisation', cast.organisations.map((o) => o.name));
  const organisations = new Set(cast.organisations.map((o) => o.id));
  for (const person of cast.people) {
    if (person.organisation !== null && !organisations.has(person.organisation)) {
      problems.push({ file: null, message: `people (${person.name}) › organisation: no organisation "${person.organisation}" in the cast` });
    }
  }
  const listed = [...cast.people.map((p) => ({ label: `people (${p.name})`, appears: p.appears })), ...cast.tickets.map((t) => ({ label: `tickets (${t.number})`, appears: t.appears }))];
  for (const { label, appears } of listed) {
    for (const place of appears) if (!knownPlaces.has(place)) problems.push({ file: null, message: `${label} › appears: there is no ${place} in the course` });
  }
  return problems;
}

/**
 * Checks every place's text against the cast. Problems name the place and what to do, and the
 * cast file's own problems come first.
 */
export function checkCast(cast: Cast, places: readonly TextPlace[]): CastProblem[] {
  const problems = castFileProblems(cast, new Set(places.map((p) => p.place)));
  const fullNames = new Set(cast.people.map((p) => p.name));
  const surnames = new Set(cast.people.map(surname));
  const tickets = new Map(cast.tickets.map((t) => [t.number, t]));

  // Names split and places indexed once: the loops below run for every place and every person.
  const people = cast.people.map((person) => ({ person, first: firstName(person), last: surname(person), places: new Set(person.appears) }));
  const placedHere = (place: string, last: string) => people.filter((other) => other.last === last && other.places.has(place));

  for (const { place, file, text } of places) {
    const read = readPlace(text);
    for (const { person, first, last, places: appears } of people) {
      const listed = appears.has(place);
      // The full name starts with the first name, so the first name alone finds both.
      const direct = read.words.has(first);
      // "Mr Nkosi" is whichever Nkosi the cast places here; it counts against this Nkosi only when no Nkosi is placed here.
      const titled = read.titled.find((found) => found.name === last)?.text ?? null;
      const namesake = titled !== null && !listed && placedHere(place, last).length > 0;
      if ((direct || (titled !== null && !namesake)) && !listed) {
        problems.push({
          file,
          message: `${place}: "${direct ? first : titled}" is ${where(person)}, whom the cast places only in ${person.appears.join(', ')}. Give this character another name, or add ${place} to ${person.name}'s entry if it really is the same person in the same role`,
        });
      }
      if (listed && !direct && titled === null) problems.push({ file, message: `${place}: the cast lists ${person.name} here, but the text never names them` });
    }
    for (const found of read.titled) {
      // "Dr Naledi Mahlangu" puts the title before the full name; "Dr Mahlangu" before the surname.
      const known = people.some(({ first, last, places: appears }) => (last === found.name || first === found.name) && appears.has(place));
      if (!known) problems.push({ file, message: `${place}: "${found.text}" is not in the cast here: add the person to content/cast.yml with their full name and role` });
    }
    for (const { first, last } of read.pairs) {
      const full = `${first} ${last}`;
      if (surnames.has(last) && !fullNames.has(full) && !TITLES.includes(first) && !NOT_NAMES.has(first)) {
        problems.push({ file, message: `${place}: "${full}" is not in the cast: add them to content/cast.yml, or use the name of the cast member you meant` });
      }
    }
    for (const match of text.matchAll(TICKET_PATTERN)) {
      const ticket = tickets.get(match[0]);
      if (!ticket) problems.push({ file, message: `${place}: ticket ${match[0]} is not in the cast: add it to content/cast.yml with the story it belongs to` });
      else if (!ticket.appears.includes(place)) {
        problems.push({ file, message: `${place}: ticket ${match[0]} belongs to another story (${ticket.story}, in ${ticket.appears.join(', ')}): give this ticket its own number` });
      }
    }
    for (const match of text.matchAll(BARE_TICKET)) {
      problems.push({ file, message: `${place}: "${match[0]}": write ticket numbers as INC- and five digits, such as INC-${(match[1] ?? '').padStart(5, '0').slice(-5)}, so the cast can keep each number to one story` });
    }
  }
  for (const ticket of cast.tickets) {
    for (const place of ticket.appears) {
      const found = places.find((p) => p.place === place);
      if (found && !found.text.includes(ticket.number)) problems.push({ file: found.file, message: `${place}: the cast lists ticket ${ticket.number} here, but the text never mentions it` });
    }
  }
  return problems;
}
