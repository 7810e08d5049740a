import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { RESIZE_MESSAGE, SET_THEME_MESSAGE } from '../protocol/embed-messages.ts';
import { describeMessage, invalidResizeMessages } from '../protocol/message-fixtures.ts';
import { createHost, type BroadsheetHost } from './create-host.ts';
import { expectedOrigin, frameSrcForLink } from './frame-checks.ts';

const EMBED_ORIGIN = 'https://news.example';
const EMBED_SRC = `${EMBED_ORIGIN}/embed/articles/my-story?theme=auto`;

// One host per test file: each createHost adds a window listener for good.
let host: BroadsheetHost;

function addFrame(attributes: Record<string, string> = {}): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.setAttribute('data-broadsheet', '');
  iframe.setAttribute('src', EMBED_SRC);
  for (const [name, value] of Object.entries(attributes)) iframe.setAttribute(name, value);
  document.body.append(iframe);
  return iframe;
}

function post(data: unknown, source: Window | null, origin = EMBED_ORIGIN) {
  window.dispatchEvent(new MessageEvent('message', { data, source, origin }));
}

const resize = (height: number) => ({ type: RESIZE_MESSAGE, id: 'my-story', height });

beforeAll(() => {
  host = createHost(window);
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('the host script', () => {
  it('sets the height a frame reports about itself', () => {
    const iframe = addFrame();
    host.upgrade();
    post(resize(1234), iframe.contentWindow);
    expect(iframe.style.height).toBe('1234px');
  });

  it('ignores a message from another window, even with the right origin and shape', () => {
    const iframe = addFrame();
    const other = addFrame();
    host.upgrade();
    post(resize(1234), iframe.contentWindow);
    post(resize(9), window);
    post(resize(9), null);
    expect(iframe.style.height).toBe('1234px');
    post(resize(77), other.contentWindow);
    expect(iframe.style.height).toBe('1234px');
    expect(other.style.height).toBe('77px');
  });

  it('ignores a message from the frame with the wrong origin', () => {
    const iframe = addFrame();
    host.upgrade();
    post(resize(500), iframe.contentWindow, 'https://evil.example');
    post(resize(500), iframe.contentWindow, 'null');
    expect(iframe.style.height).toBe('');
  });

  it.each(invalidResizeMessages.map((message) => [describeMessage(message), message]))(
    'ignores the malformed message %s',
    (_, message) => {
      const iframe = addFrame();
      host.upgrade();
      post(message, iframe.contentWindow);
      expect(iframe.style.height).toBe('');
    },
  );

  it('ignores frames it was not told about', () => {
    const stranger = document.createElement('iframe');
    document.body.append(stranger);
    host.upgrade();
    post(resize(300), stranger.contentWindow, 'null');
    expect(stranger.style.height).toBe('');
  });

  it('accepts the opaque origin of a frame sandboxed without allow-same-origin', () => {
    const iframe = addFrame({ sandbox: 'allow-scripts' });
    host.upgrade();
    post(resize(400), iframe.contentWindow, EMBED_ORIGIN);
    expect(iframe.style.height).toBe('');
    post(resize(400), iframe.contentWindow, 'null');
    expect(iframe.style.height).toBe('400px');
  });

  it('sends the host theme to every embed, and again when one reports after a reload', () => {
    const iframe = addFrame();
    host.upgrade();
    const contentWindow = iframe.contentWindow;
    if (contentWindow === null) throw new Error('no frame window');
    const postMessage = vi.spyOn(contentWindow, 'postMessage').mockImplementation(() => undefined);
    host.setTheme('dark');
    expect(postMessage).toHaveBeenLastCalledWith(
      { type: SET_THEME_MESSAGE, theme: 'dark' },
      EMBED_ORIGIN,
    );
    postMessage.mockClear();
    post(resize(10), contentWindow);
    expect(postMessage).toHaveBeenCalledWith(
      { type: SET_THEME_MESSAGE, theme: 'dark' },
      EMBED_ORIGIN,
    );
    postMessage.mockClear();
    host.setTheme('purple' as 'dark');
    expect(postMessage).not.toHaveBeenCalled();
  });

  it('turns a placeholder link into a frame with its options', () => {
    document.body.innerHTML = `<p><a class="broadsheet-embed" href="${EMBED_ORIGIN}/articles/my-story" data-theme="dark" data-comments="1">My story</a></p>`;
    host.upgrade();
    const iframe = document.querySelector('iframe');
    expect(document.querySelector('a')).toBeNull();
    expect(iframe?.getAttribute('src')).toBe(
      `${EMBED_ORIGIN}/embed/articles/my-story?theme=dark&comments=1`,
    );
    expect(iframe?.title).toBe('My story');
    expect(iframe?.hasAttribute('data-broadsheet')).toBe(true);
    if (iframe === null) return;
    post(resize(900), iframe.contentWindow);
    expect(iframe.style.height).toBe('900px');
  });

  it.each([
    'javascript://x/articles/a?%0Aparent.alert(1)',
    'JaVaScRiPt://x/embed/read?%0Aparent.alert(1)',
    'data://x/articles/a?,<script>parent.alert(1)</script>',
    'vbscript://x/articles/a?%0Amsgbox(1)',
  ])('leaves a placeholder whose address is not http(s) as a link: %s', (href) => {
    const link = document.createElement('a');
    link.className = 'broadsheet-embed';
    link.setAttribute('href', href);
    link.textContent = 'Story';
    document.body.append(link);
    host.upgrade();
    expect(link.isConnected).toBe(true);
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('leaves a placeholder that does not point at a story as a link', () => {
    document.body.innerHTML = `<a class="broadsheet-embed" href="${EMBED_ORIGIN}/about">About</a>`;
    host.upgrade();
    expect(document.querySelector('a')).not.toBeNull();
    expect(document.querySelector('iframe')).toBeNull();
  });
});

describe('frame checks', () => {
  it('expects the origin of the frame address, or "null" when sandboxed without same-origin', () => {
    expect(expectedOrigin(addFrame())).toBe(EMBED_ORIGIN);
    expect(expectedOrigin(addFrame({ sandbox: 'allow-scripts allow-same-origin' }))).toBe(
      EMBED_ORIGIN,
    );
    expect(expectedOrigin(addFrame({ sandbox: '' }))).toBe('null');
    expect(expectedOrigin(addFrame({ src: 'http://[not-a-host' }))).toBe('');
  });

  it('maps placeholder links to frames, passing only the known options', () => {
    expect(frameSrcForLink(`${EMBED_ORIGIN}/read?src=%2Fa.json`, { lead: '0', onload: 'x' })).toBe(
      `${EMBED_ORIGIN}/embed/read?src=%2Fa.json&lead=0`,
    );
    expect(frameSrcForLink('javascript:alert(1)', {})).toBeUndefined();
    expect(frameSrcForLink('', {})).toBeUndefined();
  });

  it.each([
    // A story-shaped path behind a script scheme: the reviewer's case.
    'javascript://x/articles/a?%0Aparent.alert(1)',
    'javascript://x/read?src=a%0Aparent.alert(1)',
    'javascript://x/embed/articles/a?%0Aparent.alert(1)',
    'JaVaScRiPt://x/articles/a?%0Aparent.alert(1)',
    ' javascript://x/articles/a?%0Aparent.alert(1)',
    'java\tscript://x/articles/a?%0Aparent.alert(1)',
    'data:text/html,x//x/articles/a',
    'data://x/articles/a',
    'vbscript://x/articles/a?%0Amsgbox(1)',
    'blob:https://news.example/articles/a',
    'file:///articles/a',
    'ftp://news.example/articles/a',
  ])('makes no frame for the address %j', (href) => {
    expect(frameSrcForLink(href, {})).toBeUndefined();
    expect(frameSrcForLink(href, { theme: 'dark' })).toBeUndefined();
  });

  it('keeps option values inside their own query parameter', () => {
    const src = frameSrcForLink(`${EMBED_ORIGIN}/articles/my-story`, {
      theme: 'dark&src=https://evil.example/x.json#',
      id: 'a b"><script>',
      comments: '1\njavascript:alert(1)',
    });
    if (src === undefined) throw new Error('no frame');
    const url = new URL(src);
    expect(url.origin + url.pathname).toBe(`${EMBED_ORIGIN}/embed/articles/my-story`);
    expect(url.hash).toBe('');
    expect([...url.searchParams.keys()]).toEqual(['theme', 'comments', 'id']);
    expect(url.searchParams.get('theme')).toBe('dark&src=https://evil.example/x.json#');
    expect(url.searchParams.get('id')).toBe('a b"><script>');
    expect(src).not.toMatch(/[<>"\s]/);
  });
});
