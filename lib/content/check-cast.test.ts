import { expect, test } from 'vitest';
import type { Cast } from '@/lib/content/cast-schema';
import { checkCast, type TextPlace } from '@/lib/content/check-cast';

const cast: Cast = {
  organisations: [{ id: 'berea-tech', name: 'Berea Tech Support', about: 'IT support provider in Durban' }],
  people: [
    { name: 'Sipho Dlamini', role: 'service desk agent', organisation: 'berea-tech', appears: ['lesson:02-sla', 'question:reply'] },
    { name: 'Ayesha Patel', role: 'operations manager', organisation: null, appears: ['lesson:02-sla'] },
    { name: 'Pieter van der Merwe', role: 'assessor', organisation: null, appears: ['lesson:01-welcome'] },
  ],
  tickets: [{ number: 'INC-20417', story: "Ayesha Patel's shared drive", appears: ['lesson:02-sla'] }],
};

const place = (id: string, text: string): TextPlace => ({ place: id, file: `file-of-${id}`, text });
const base = [
  place('lesson:01-welcome', 'Your assessor, Pieter van der Merwe, reads it. Pieter writes feedback.'),
  place('lesson:02-sla', 'Ayesha Patel phones. Sipho Dlamini logs ticket INC-20417 and calls Ms Patel back.'),
  place('question:reply', "Which reply should Sipho send? Sipho's reply names the ticket."),
];

const messages = (places: TextPlace[], changed: Cast = cast) => checkCast(changed, places).map((p) => p.message);

test('content that names each person only where the cast places them passes', () => {
  expect(messages(base)).toEqual([]);
});

test('a cast name used for a new character elsewhere is refused, naming the role the cast gives it', () => {
  const problems = checkCast(cast, [...base, place('question:teacher', 'Sipho, a teacher at a Polokwane school, rejects your offer.')]);
  expect(problems).toEqual([
    {
      file: 'file-of-question:teacher',
      message:
        'question:teacher: "Sipho" is Sipho Dlamini (service desk agent), whom the cast places only in lesson:02-sla, question:reply. Give this character another name, or add question:teacher to Sipho Dlamini\'s entry if it really is the same person in the same role',
    },
  ]);
});

test('a title and surname count as naming the person, and an unknown titled person is refused', () => {
  expect(messages([...base, place('question:other', 'Ms Patel asks for an update.')])).toContain(
    'question:other: "Ms Patel" is Ayesha Patel (operations manager), whom the cast places only in lesson:02-sla. Give this character another name, or add question:other to Ayesha Patel\'s entry if it really is the same person in the same role',
  );
  expect(messages([...base, place('question:reply', 'Sipho replies to Mr Govender.')])).toEqual(['question:reply: "Mr Govender" is not in the cast here: add the person to content/cast.yml with their full name and role']);
});

test('a stranger who shares a cast surname is refused until added to the cast', () => {
  expect(messages([...base, place('question:reply', 'Sipho logs a call from Thabo Dlamini.')])).toEqual([
    'question:reply: "Thabo Dlamini" is not in the cast: add them to content/cast.yml, or use the name of the cast member you meant',
  ]);
});

test('one ticket number in two stories is refused, and so is a ticket the cast does not know', () => {
  expect(messages([...base, place('question:reply', 'Sipho quotes ticket INC-20417 and INC-99999.')])).toEqual([
    "question:reply: ticket INC-20417 belongs to another story (Ayesha Patel's shared drive, in lesson:02-sla): give this ticket its own number",
    'question:reply: ticket INC-99999 is not in the cast: add it to content/cast.yml with the story it belongs to',
  ]);
});

test('a ticket number written without INC- is refused, so no number escapes the cast', () => {
  expect(messages([...base, place('question:reply', 'Sipho says: "Your ticket number is 77104."')])).toEqual([
    'question:reply: "ticket number is 77104": write ticket numbers as INC- and five digits, such as INC-77104, so the cast can keep each number to one story',
  ]);
});

test('a place the cast lists that never names the person or ticket is reported, so the cast stays true', () => {
  const [welcome, , reply] = base;
  if (!welcome || !reply) throw new Error('fixture');
  expect(messages([welcome, place('lesson:02-sla', 'Ayesha Patel phones about ticket INC-20417.'), reply])).toEqual(['lesson:02-sla: the cast lists Sipho Dlamini here, but the text never names them']);
});

test('the cast itself may not list a name, a first name or a ticket twice, an unknown organisation or a place that does not exist', () => {
  const broken: Cast = {
    ...cast,
    people: [
      ...cast.people,
      { name: 'Sipho Ngcobo', role: 'lecturer', organisation: 'nowhere', appears: ['question:nowhere'] },
      { name: 'Ayesha Patel', role: 'team lead', organisation: null, appears: ['lesson:02-sla'] },
    ],
    tickets: [...cast.tickets, { number: 'INC-20417', story: 'another story', appears: ['lesson:02-sla'] }],
  };
  const found = messages(base, broken);
  expect(found).toContain('the person "Ayesha Patel" is listed 2 times: one name, one entry');
  expect(found).toContain('the first name "Sipho" is listed 2 times: one name, one entry');
  expect(found).toContain('the first name "Ayesha" is listed 2 times: one name, one entry');
  expect(found).toContain('the ticket "INC-20417" is listed 2 times: one name, one entry');
  expect(found).toContain('people (Sipho Ngcobo) › organisation: no organisation "nowhere" in the cast');
  expect(found).toContain('people (Sipho Ngcobo) › appears: there is no question:nowhere in the course');
});

test('a first name inside a longer word or before a hyphen is not a mention', () => {
  expect(messages([...base, place('question:other', 'Nosipho and Pieterse use the Sipho-style template? No: Nosipho only.')])).toEqual([]);
});

test('a title and surname shared by two cast members counts as whichever one the cast places there', () => {
  const namesakes: Cast = { ...cast, people: [...cast.people, { name: 'Themba Dlamini', role: 'quantity surveyor', organisation: null, appears: ['question:survey'] }] };
  expect(messages([...base, place('question:survey', 'The agent must tell Mr Dlamini when the fix is due.')], namesakes)).toEqual([]);
  expect(messages([...base, place('question:survey', 'Mr Dlamini asks.'), place('question:other', 'Mr Dlamini calls again.')], namesakes)).toEqual([
    'question:other: "Mr Dlamini" is Sipho Dlamini (service desk agent), whom the cast places only in lesson:02-sla, question:reply. Give this character another name, or add question:other to Sipho Dlamini\'s entry if it really is the same person in the same role',
    'question:other: "Mr Dlamini" is Themba Dlamini (quantity surveyor), whom the cast places only in question:survey. Give this character another name, or add question:other to Themba Dlamini\'s entry if it really is the same person in the same role',
    'question:other: "Mr Dlamini" is not in the cast here: add the person to content/cast.yml with their full name and role',
  ]);
});
