// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readList } from './read-list.ts';

function list(html: string) {
  const element = new JSDOM(html).window.document.querySelector('ul, ol, dl');
  if (element === null) throw new Error('no list');
  return readList(element, { headline: '', dropped: new Map(), baseUrl: 'https://example.com/' });
}

describe('readList', () => {
  it('reads ordered lists with inline runs', () => {
    expect(list('<ol><li>One <em>two</em></li><li><a href="/x">Three</a></li></ol>')).toEqual([
      {
        type: 'list',
        ordered: true,
        items: [
          ['One ', { text: 'two', emphasis: true }],
          [{ text: 'Three', href: 'https://example.com/x' }],
        ],
      },
    ]);
  });

  it('flattens nested lists after their item and reads definition lists', () => {
    expect(list('<ul><li>A<ul><li>A1</li></ul></li><li> </li></ul>')).toEqual([
      { type: 'list', ordered: false, items: [['A'], ['A1']] },
    ]);
    expect(list('<dl><dt>Term</dt><dd>Meaning</dd></dl>')).toEqual([
      { type: 'list', ordered: false, items: [['Term'], ['Meaning']] },
    ]);
  });

  it('keeps a space between the paragraphs of an item', () => {
    expect(
      list(
        '<ul><li><p>First point.</p><p>Second <em>point</em>.</p></li><li><div>A</div>B</li></ul>',
      ),
    ).toEqual([
      {
        type: 'list',
        ordered: false,
        items: [['First point. Second ', { text: 'point', emphasis: true }, '.'], ['A B']],
      },
    ]);
  });

  it('gives nothing for a list without text', () => {
    expect(list('<ul><li></li></ul>')).toEqual([]);
  });
});
