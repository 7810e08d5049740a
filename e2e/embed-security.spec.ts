import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { hostPage, startHostSite, type HostSite } from './embed-host-server.ts';
import { SAMPLE_PATH, SAMPLE_SLUG, allowConsoleErrors, expect, test } from './fixtures.ts';

const SAMPLE_HEADLINE = 'Kazakhstan says Russian troops can start leaving this week';

let site: HostSite;
let embedOrigin: string;

// eslint-disable-next-line no-empty-pattern -- a hook's fixtures come first; this one needs none.
test.beforeAll(async ({}, testInfo) => {
  embedOrigin = new URL(testInfo.project.use.baseURL ?? '').origin;
  site = await startHostSite();
});

test.afterAll(async () => {
  await site.close();
});

function framedBy(url: string, attributes = '') {
  return hostPage(
    'Partner',
    `<iframe data-broadsheet ${attributes} src="${url}" title="Story" style="width:100%;border:0" height="600"></iframe>
<script async src="${embedOrigin}/embed.js"></script>`,
  );
}

/** True once the frame shows Chromium's error page instead of the document (refused framing). */
async function frameIsRefused(page: Page) {
  await expect
    .poll(() => page.frames().some((frame) => frame.url().startsWith('chrome-error:')), {
      timeout: 10_000,
    })
    .toBe(true);
}

test.describe('headers', () => {
  test('keep article pages out of other sites’ frames and let embeds in', async ({ request }) => {
    const article = await request.get(SAMPLE_PATH);
    const articleCsp = article.headers()['content-security-policy'] ?? '';
    expect(articleCsp).toContain("frame-ancestors 'self'");
    expect(articleCsp).toContain("script-src 'self';");
    expect(articleCsp).not.toContain('unsafe');
    expect(article.headers()['x-frame-options']).toBe('SAMEORIGIN');
    expect(article.headers()['x-content-type-options']).toBe('nosniff');
    expect(article.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');

    const embed = await request.get(`/embed/articles/${SAMPLE_SLUG}`);
    expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
    expect(embed.headers()['x-frame-options']).toBeUndefined();

    const script = await request.get('/embed.js');
    expect(script.headers()['content-type']).toMatch(/javascript/);
    expect(script.headers()['access-control-allow-origin']).toBe('*');
  });

  test('keep every page that is not an embed out of frames, however its path is spelt', async ({
    request,
  }) => {
    // The app's routes ignore case and a trailing slash, and any other path
    // is its 404 page: a list of page paths would miss these.
    for (const path of [
      '/READ?src=x',
      '/read/?src=x',
      '/Read/?src=x',
      `/Articles/${SAMPLE_SLUG}`,
      `/articles/${SAMPLE_SLUG}/`,
      '/no-such-page',
      '/no/such/page/',
      '/embedded',
    ]) {
      const response = await request.get(path);
      expect(response.headers()['content-type'], path).toMatch(/text\/html/);
      const csp = response.headers()['content-security-policy'] ?? '';
      expect(csp, path).toMatch(/frame-ancestors (?:'self'|'none')$/);
      expect(response.headers()['x-frame-options'], path).toMatch(/^(?:SAMEORIGIN|DENY)$/);
    }
    // …and an embed however its path is spelt, as the app treats it as one.
    for (const path of [`/EMBED/articles/${SAMPLE_SLUG}`, `/embed/articles/${SAMPLE_SLUG}/`]) {
      const response = await request.get(path);
      expect(response.headers()['content-security-policy'], path).toContain('frame-ancestors *');
      expect(response.headers()['content-security-policy'], path).not.toContain(',');
      expect(response.headers()['x-frame-options'], path).toBeUndefined();
    }
  });

  for (const path of ['/READ?src=x', '/read/?src=x', '/no-such-page']) {
    test(`${path} refuses to be framed by another site`, async ({ page }) => {
      allowConsoleErrors(page, /frame-ancestors|Refused to display/);
      const name = `/framing-${path.replace(/\W+/g, '-')}.html`;
      await page.goto(site.put(name, framedBy(`${embedOrigin}${path}`)));
      await frameIsRefused(page);
    });
  }

  test('an article page refuses to be framed by another site', async ({ page }) => {
    allowConsoleErrors(page, /frame-ancestors|Refused to display/);
    await page.goto(site.put('/framing-article.html', framedBy(`${embedOrigin}${SAMPLE_PATH}`)));
    await frameIsRefused(page);
  });

  test('an allowlist keeps embeds out of sites that are not on it', async ({ page }) => {
    allowConsoleErrors(page, /frame-ancestors|Refused to display/);
    const port = await freePort();
    const server = await startPreview(port, 'https://partner.example');
    try {
      const origin = `http://localhost:${String(port)}`;
      const response = await page.request.get(`${origin}/embed/articles/${SAMPLE_SLUG}`);
      expect(response.headers()['content-security-policy']).toContain(
        "frame-ancestors 'self' https://partner.example",
      );
      await page.goto(
        site.put('/not-allowed.html', framedBy(`${origin}/embed/articles/${SAMPLE_SLUG}`)),
      );
      await frameIsRefused(page);
    } finally {
      stop(server);
    }
  });
});

test.describe('the host script on a hostile or careless page', () => {
  test('leaves a script address as a link, and sizes the real embed despite a clobbering id', async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(
      site.put(
        '/hostile.html',
        hostPage(
          'Hostile',
          `<div id="broadsheetEmbed">A page element that named access puts on window.</div>
<a class="broadsheet-embed" href="javascript://x/articles/a?%0Aparent.alert(1)">Script</a>
<a class="broadsheet-embed" href="JaVaScRiPt://x/read?src=%0Aparent.alert(2)">Script</a>
<a class="broadsheet-embed" href="${embedOrigin}/articles/${SAMPLE_SLUG}">${SAMPLE_HEADLINE}</a>
<script async src="${embedOrigin}/embed.js"></script>`,
        ),
      ),
    );
    const iframe = page.locator('iframe[data-broadsheet]');
    await expect(iframe).toHaveCount(1);
    await expect(iframe).toHaveAttribute('src', `${embedOrigin}/embed/articles/${SAMPLE_SLUG}`);
    await expect(page.locator('a.broadsheet-embed')).toHaveCount(2);
    await expect.poll(() => iframe.evaluate((element) => element.style.height)).toMatch(/^\d+px$/);
    expect(await page.evaluate(() => typeof window.broadsheetEmbed?.setTheme === 'function')).toBe(
      true,
    );
    expect(dialogs).toEqual([]);
  });
});

test.describe('where storage is refused', () => {
  test('a frame sandboxed with allow-scripts alone still shows the story at its size', async ({
    page,
  }) => {
    await page.goto(
      site.put(
        '/sandboxed.html',
        framedBy(
          `${embedOrigin}/embed/articles/${SAMPLE_SLUG}?comments=1`,
          'sandbox="allow-scripts"',
        ),
      ),
    );
    const iframe = page.locator('iframe[data-broadsheet]');
    const inside = iframe.contentFrame();
    await expect(inside.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_HEADLINE);
    // An opaque origin: the browser refuses it any storage at all.
    expect(await storageError(iframe)).toBe('SecurityError');
    const frame = await (await iframe.elementHandle()).contentFrame();
    if (frame === null) throw new Error('no frame');
    await expect
      .poll(async () => {
        const content = await frame.evaluate(
          () => document.querySelector('main.embed')?.getBoundingClientRect().height ?? 0,
        );
        const height = await iframe.evaluate((element) => element.getBoundingClientRect().height);
        return Math.abs(height - content) <= 2 && content > 1000;
      })
      .toBe(true);
    await expectCommentsInMemory(inside);
  });

  test('a cross-site frame whose storage is refused still shows the story', async ({ page }) => {
    // What a browser that blocks third-party storage does: every access throws.
    await page.addInitScript((origin) => {
      if (window === window.top || location.origin !== origin) return;
      for (const name of ['localStorage', 'sessionStorage', 'indexedDB']) {
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            throw new DOMException('Access is denied for this document.', 'SecurityError');
          },
        });
      }
    }, embedOrigin);
    await page.goto(
      site.put(
        '/storage-refused.html',
        framedBy(`${embedOrigin}/embed/articles/${SAMPLE_SLUG}?comments=1`),
      ),
    );
    const iframe = page.locator('iframe[data-broadsheet]');
    const inside = iframe.contentFrame();
    await expect(inside.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_HEADLINE);
    expect(await storageError(iframe)).toBe('SecurityError');
    await expectCommentsInMemory(inside);
  });
});

/** Comments open, say they cannot be saved, and take a comment all the same. */
async function expectCommentsInMemory(inside: FrameLocator) {
  await inside.getByRole('button', { name: 'Show comments' }).click();
  await expect(inside.getByText(/keeps these comments apart/)).toBeVisible();
  await expect(inside.getByText(/does not let Broadsheet save anything here/)).toBeVisible();
  const form = inside.getByRole('form', { name: 'Write a comment' });
  await form.getByLabel('Your name').fill('Ana');
  await form.getByLabel('Your comment').fill('Read on a partner site, kept in memory.');
  await form.getByRole('button', { name: 'Post comment' }).click();
  await expect(inside.getByRole('article', { name: 'Comment by Ana' })).toContainText(
    'Read on a partner site, kept in memory.',
  );
}

/** The error a frame gets when it reaches for localStorage, or "none". */
async function storageError(iframe: Locator): Promise<string> {
  const frame = await (await iframe.elementHandle()).contentFrame();
  if (frame === null) throw new Error('no frame');
  return frame.evaluate(() => {
    try {
      window.localStorage.getItem('probe');
      return 'none';
    } catch (error) {
      return error instanceof DOMException ? error.name : 'error';
    }
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

/** A second `vite preview` of the same build, started with an embed allowlist. */
async function startPreview(port: number, allow: string): Promise<ChildProcess> {
  const outDir = process.env.BROADSHEET_OUT_DIR ?? 'dist';
  const child = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--outDir', outDir],
    {
      env: { ...process.env, CI: '1', BROADSHEET_EMBED_ALLOW: allow },
      detached: true,
      stdio: 'ignore',
    },
  );
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(`http://localhost:${String(port)}/`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop(child);
  throw new Error('the second preview server did not start');
}

function stop(child: ChildProcess) {
  // Its own process group: npx and the vite it started stop together.
  if (child.pid !== undefined) process.kill(-child.pid);
}
