// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkVerbatim } from './check-verbatim.ts';

describe('checkVerbatim', () => {
  const source = 'More than 2,000 people were hurt.\n“It is over,” he said.';

  it('accepts quotes and values copied from the source', () => {
    expect(
      checkVerbatim(
        {
          body: [
            { type: 'quote', variant: 'block', text: 'It is over' },
            {
              type: 'stats',
              title: 'By the numbers',
              items: [{ value: 'More than 2,000', label: 'people hurt' }],
            },
          ],
        },
        source,
      ),
    ).toEqual([]);
  });

  it('reports what was rewritten or rounded', () => {
    expect(
      checkVerbatim(
        {
          body: [
            { type: 'quote', variant: 'pull', text: 'It is over.' },
            { type: 'stat', value: '2,000+', label: 'people hurt' },
          ],
        },
        source,
      ),
    ).toEqual(['It is over.', '2,000+']);
  });
});
