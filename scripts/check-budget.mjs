// Budget: the JavaScript an article page loads before it can show anything,
// gzip-compressed, must stay under the limit. "Initial" means the entry
// scripts of the built page and everything they import statically; chunks
// loaded later with import() do not count.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const ARTICLE_JS_BUDGET_KB = 100;
const outDir = process.env.BROADSHEET_OUT_DIR ?? 'dist';
const SAMPLE = 'kazakhstan-russian-troops-withdrawal';

// /embed.js runs on partner pages, next to their own code: it must stay tiny.
export const EMBED_HOST_BUDGET_KB = 2;

/** The host script's gzip size in KB, or undefined when the build has none. */
export function embedHostScriptKb() {
  const file = path.join(outDir, 'embed.js');
  return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length / 1024 : undefined;
}

function articleHtmlPath() {
  // A prerendered page for the sample wins over the SPA shell when there is one.
  const prerendered = path.join(outDir, 'articles', `${SAMPLE}.html`);
  return existsSync(prerendered) ? prerendered : path.join(outDir, 'index.html');
}

function entryScripts(html) {
  const urls = new Set();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)) urls.add(match[1]);
  // A prerendered page starts the app through boot.js with the entry in data-entry.
  for (const match of html.matchAll(/<script\b[^>]*\bdata-entry="([^"]+\.js)"/g))
    urls.add(match[1]);
  for (const match of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g))
    urls.add(match[1]);
  return [...urls];
}

function staticImports(code) {
  const found = [];
  for (const match of code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g))
    found.push(match[1]);
  return found;
}

export function initialScripts(htmlPath = articleHtmlPath()) {
  const html = readFileSync(htmlPath, 'utf8');
  const queue = entryScripts(html).map((url) => path.join(outDir, url.replace(/^\//, '')));
  const seen = new Map();
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    const code = readFileSync(file);
    seen.set(file, gzipSync(code, { level: 9 }).length);
    for (const spec of staticImports(code.toString('utf8'))) {
      queue.push(
        spec.startsWith('/')
          ? path.join(outDir, spec.slice(1))
          : path.join(path.dirname(file), spec),
      );
    }
  }
  return seen;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const htmlPath = articleHtmlPath();
  if (!existsSync(htmlPath)) {
    console.error(`No build at ${htmlPath}: run \`npm run build\` first.`);
    process.exit(1);
  }
  const scripts = initialScripts(htmlPath);
  let total = 0;
  for (const [file, bytes] of scripts) {
    total += bytes;
    console.log(`  ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${path.relative(outDir, file)}`);
  }
  const kb = total / 1024;
  const verdict = kb <= ARTICLE_JS_BUDGET_KB ? 'within' : 'OVER';
  console.log(
    `article page initial JS: ${kb.toFixed(1)} KB gzip (${verdict} the ${ARTICLE_JS_BUDGET_KB} KB budget) from ${htmlPath}`,
  );
  const hostKb = embedHostScriptKb();
  console.log(
    hostKb === undefined
      ? `embed host script: missing from ${outDir}/embed.js (the build should write it)`
      : `embed host script (/embed.js): ${hostKb.toFixed(2)} KB gzip (${hostKb <= EMBED_HOST_BUDGET_KB ? 'within' : 'OVER'} the ${EMBED_HOST_BUDGET_KB} KB budget)`,
  );
  if (kb > ARTICLE_JS_BUDGET_KB || hostKb === undefined || hostKb > EMBED_HOST_BUDGET_KB) {
    process.exit(1);
  }
}
