import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

const ORIGIN = 'https://news.example';

/** Runs /embed.js again, as every pasted snippet's script tag does. */
async function runHostScript() {
  vi.resetModules();
  await import('./embed-host.ts');
}

function placeholder(slug: string) {
  return `<a class="broadsheet-embed" href="${ORIGIN}/articles/${slug}">${slug}</a>`;
}

/**
 * What a browser's named access on window does with an element whose id is
 * `name` (jsdom has none): a writable property on the object between window
 * and Window.prototype, which an assignment to window shadows.
 */
function clobber(name: string, element: Element) {
  Object.defineProperty(Object.getPrototypeOf(window) as object, name, {
    value: element,
    writable: true,
    configurable: true,
  });
}

afterEach(() => {
  document.body.replaceChildren();
});

afterAll(() => {
  Reflect.deleteProperty(Object.getPrototypeOf(window) as object, 'broadsheetEmbed');
});

// In this order: the first test is the page where the script runs first.
describe('/embed.js on a page whose markup names broadsheetEmbed', () => {
  it('still upgrades every embed when an element has that id', async () => {
    document.body.innerHTML = `<div id="broadsheetEmbed"></div>${placeholder('a')}`;
    const element = document.getElementById('broadsheetEmbed');
    if (element === null) throw new Error('no element');
    clobber('broadsheetEmbed', element);
    expect(window.broadsheetEmbed).toBe(element);
    await runHostScript();
    expect(document.querySelector('iframe')?.getAttribute('src')).toBe(
      `${ORIGIN}/embed/articles/a`,
    );
    expect(typeof window.broadsheetEmbed?.upgrade).toBe('function');
    expect(typeof window.broadsheetEmbed?.setTheme).toBe('function');
  });

  it('keeps one host across snippets, whatever the page puts under that name', async () => {
    const first = window.broadsheetEmbed;
    document.body.innerHTML = `<form name="broadsheetEmbed"><input name="upgrade" /></form>${placeholder('b')}`;
    // Page code (or markup) may overwrite the public name between two snippets.
    window.broadsheetEmbed = document.forms[0] as unknown as typeof first;
    await runHostScript();
    expect(window.broadsheetEmbed).toBe(first);
    expect(document.querySelector('iframe')?.getAttribute('src')).toBe(
      `${ORIGIN}/embed/articles/b`,
    );
  });
});
