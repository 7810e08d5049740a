// After `vite build` and `vite build --ssr src/entry-server.tsx`: writes
// <outDir>/articles/<slug>.html for every bundled article, with the story's
// HTML, its JSON inline for hydration, and the stylesheet inlined, so the
// text paints before any script has run. Static hosts (and vite preview)
// serve /articles/<slug> from articles/<slug>.html.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const outDir = process.env.BROADSHEET_OUT_DIR ?? 'dist';
const ssrDir = process.env.BROADSHEET_SSR_DIR ?? `${outDir}-ssr`;

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inlineStylesheets(html) {
  // The whole stylesheet is a few KB gzip: inlining it costs less than the
  // render-blocking request it saves on a phone.
  return html.replace(/<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>/g, (tag, href) => {
    const file = path.join(outDir, href.replace(/^\//, ''));
    return existsSync(file) ? `<style>${readFileSync(file, 'utf8')}</style>` : tag;
  });
}

function deferAppScripts(html) {
  // The story is in the HTML: the app's JavaScript loads after the first
  // paint, through public/boot.js, rather than as a module the preload
  // scanner fetches alongside the page.
  return html
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace(
      /<script type="module" crossorigin src="([^"]+)"><\/script>/,
      (_, src) => `<script defer src="/boot.js" data-entry="${src}"></script>`,
    );
}

/**
 * The built index.html with one prerendered page in it. Every replacement is
 * a function, so a `$&` or `$'` in a headline or a paragraph stays text
 * instead of being read as a replacement pattern.
 */
export function fillTemplate(template, page) {
  // React renders <title> where the component is; in a document it belongs in the head.
  const body = page.html.replace(/<title>[^<]*<\/title>/g, () => '');
  return (
    template
      .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title)}</title>`)
      .replace(
        /<meta name="description" content="[^"]*"/,
        () => `<meta name="description" content="${escapeHtml(page.description)}"`,
      )
      // oEmbed discovery in the static head, so a CMS that reads the HTML
      // without running it finds the embed (the app reuses this link).
      .replace(
        '</head>',
        () =>
          `  <link rel="alternate" type="application/json+oembed" href="${escapeHtml(page.oembedHref)}" title="${escapeHtml(page.title)}" />\n  </head>`,
      )
      .replace(
        '<div id="root"></div>',
        () =>
          `<div id="root">${body}</div>\n    <script type="application/json" id="broadsheet-article">${page.inlineJson}</script>`,
      )
  );
}

export async function prerender() {
  const template = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const entry = path.join(ssrDir, 'entry-server.js');
  const { renderArticlePage } = await import(pathToFileURL(path.resolve(entry)).href);
  const articlesDir = path.join(outDir, 'articles');
  const files = readdirSync(articlesDir).filter(
    (name) => name.endsWith('.json') && name !== 'index.json',
  );
  const written = [];
  for (const name of files) {
    const slug = name.slice(0, -'.json'.length);
    const page = renderArticlePage(readFileSync(path.join(articlesDir, name), 'utf8'));
    let html = fillTemplate(template, page);
    html = deferAppScripts(inlineStylesheets(html));
    writeFileSync(path.join(articlesDir, `${slug}.html`), html);
    written.push(slug);
  }
  rmSync(ssrDir, { recursive: true, force: true });
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  mkdirSync(outDir, { recursive: true });
  const written = await prerender();
  console.log(`prerendered ${written.length} article page(s): ${written.join(', ')}`);
}
