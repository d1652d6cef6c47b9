import { expect, test } from 'vitest';
import { checkBehaviours, criteriaShown } from '@/lib/portfolio/observation/checklist';
import type { ObservationScenario } from '@/lib/portfolio/practical-schemas';

const scenario: ObservationScenario = {
  id: 'counter',
  title: 'At the counter',
  channel: 'in-person',
  setting: 'At the IT counter.',
  checklist: {
    'AC1.2': [
      { id: 'attentive', behaviour: 'Gives full attention.' },
      { id: 'confirms', behaviour: 'Confirms the request.' },
    ],
    'AC1.3': [{ id: 'manner', behaviour: 'Keeps a professional manner.' }],
  },
};

test('a criterion is shown only when every one of its behaviours was observed', () => {
  const { behaviours, fieldErrors } = checkBehaviours(scenario, {
    'AC1.2': { attentive: { mark: 'observed', note: '' }, confirms: { mark: 'not-observed', note: ' Acted before checking. ' } },
    'AC1.3': { manner: { mark: 'observed', note: 'Calm throughout.' } },
  });
  expect(fieldErrors).toEqual({});
  expect(behaviours['AC1.2']?.confirms).toEqual({ observed: false, note: 'Acted before checking.' });
  expect(criteriaShown(scenario, behaviours)).toEqual(['AC1.3']);
});

test('marks for behaviours not on the checklist are dropped, and each unmarked one is named', () => {
  const { behaviours, fieldErrors } = checkBehaviours(scenario, { 'AC1.2': { attentive: { mark: 'observed', note: '' }, invented: { mark: 'observed', note: '' } } });
  expect(Object.keys(behaviours['AC1.2'] ?? {})).toEqual(['attentive', 'confirms']);
  expect(fieldErrors).toEqual({
    'behaviour:AC1.2:confirms': 'AC1.2: mark "Confirms the request." observed or not observed.',
    'behaviour:AC1.3:manner': 'AC1.3: mark "Keeps a professional manner." observed or not observed.',
  });
  expect(criteriaShown(scenario, behaviours)).toEqual([]);
});
