// Everything the embed feature needs from the build and the servers:
//  - /embed.js, the standalone host script, bundled on its own (no React);
//  - /oembed/<slug>.json for every bundled article;
//  - _headers for Netlify and Cloudflare Pages, and the same headers sent by
//    `vite preview` (what `npm start` serves).
// The dev server gets the first two but not the headers: its own inline
// scripts (hot reload) would break under script-src 'self'.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Connect, type Plugin } from 'vite';
import { oembedFiles } from './oembed-files.ts';
import {
  headerRules,
  headersFor,
  parseEmbedAllow,
  renderHeadersFile,
  type HeaderRule,
} from './security-headers.ts';

const HOST_ENTRY = 'src/embed/host/embed-host.ts';
const ARTICLES_DIR = 'public/articles';

export interface EmbedPluginOptions {
  /** Origin of the deployment, for the absolute addresses in oEmbed documents. */
  siteUrl: string;
  /** BROADSHEET_EMBED_ALLOW, unparsed. */
  embedAllow: string | undefined;
}

/** Bundles the host script alone, minified, as a classic script (it runs on partner pages). */
export async function bundleHostScript(root: string): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      target: 'es2020',
      lib: { entry: path.join(root, HOST_ENTRY), formats: ['iife'], name: 'broadsheetEmbedHost' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((item) => item.type === 'chunk');
    if (chunk !== undefined) return chunk.code;
  }
  throw new Error(`bundling ${HOST_ENTRY} produced no script`);
}

/** CSP hash of a stylesheet, for pages that inline it in a <style> element. */
export function styleHash(css: string | Uint8Array): string {
  return `sha256-${createHash('sha256').update(css).digest('base64')}`;
}

function cssHashesIn(dir: string): string[] {
  const assets = path.join(dir, 'assets');
  if (!existsSync(assets)) return [];
  return readdirSync(assets)
    .filter((name) => name.endsWith('.css'))
    .map((name) => styleHash(readFileSync(path.join(assets, name))));
}

/** The path a request target names, as the headers table reads it. */
export function requestPath(target: string | undefined): string {
  try {
    // Prefixed rather than resolved against a base: resolved, "//x/embed/a"
    // would read as host x and path /embed/a, and that 404 page get the
    // embed's headers.
    return new URL(`http://localhost${target ?? '/'}`).pathname;
  } catch {
    // Unparsable: '/', whose headers are the strict default.
    return '/';
  }
}

function headerMiddleware(rules: () => HeaderRule[]): Connect.NextHandleFunction {
  return (request, response, next) => {
    for (const [name, value] of Object.entries(headersFor(requestPath(request.url), rules()))) {
      response.setHeader(name, value);
    }
    next();
  };
}

export function embedPlugin({ siteUrl, embedAllow }: EmbedPluginOptions): Plugin {
  const allow = parseEmbedAllow(embedAllow);
  let root = process.cwd();
  let isSsrBuild = false;

  return {
    name: 'broadsheet-embed',
    configResolved(config) {
      root = config.root;
      isSsrBuild = config.build.ssr !== false;
    },
    generateBundle: {
      // After the CSS plugin has emitted the stylesheets this hashes.
      order: 'post',
      async handler(_options, bundle) {
        if (isSsrBuild) return;
        this.emitFile({
          type: 'asset',
          fileName: 'embed.js',
          source: await bundleHostScript(root),
        });
        for (const file of await oembedFiles(path.join(root, ARTICLES_DIR), siteUrl)) {
          this.emitFile({
            type: 'asset',
            fileName: file.fileName,
            source: `${JSON.stringify(file.document, null, 2)}\n`,
          });
        }
        const styleHashes = Object.values(bundle).flatMap((item) =>
          item.type === 'asset' && item.fileName.endsWith('.css') ? [styleHash(item.source)] : [],
        );
        this.emitFile({
          type: 'asset',
          fileName: '_headers',
          source: renderHeadersFile(headerRules({ embedAllow: allow, styleHashes })),
        });
      },
    },
    configureServer(server) {
      server.middlewares.use('/embed.js', (_request, response, next) => {
        bundleHostScript(root).then((code) => {
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.end(code);
        }, next);
      });
      server.middlewares.use('/oembed', (request, response, next) => {
        const origin = `http://${request.headers.host ?? 'localhost'}`;
        const wanted = `oembed${new URL(request.url ?? '/', origin).pathname}`;
        oembedFiles(path.join(root, ARTICLES_DIR), origin).then((files) => {
          const file = files.find((candidate) => candidate.fileName === wanted);
          if (file === undefined) {
            next();
            return;
          }
          response.setHeader('Content-Type', 'application/json');
          response.end(JSON.stringify(file.document));
        }, next);
      });
    },
    configurePreviewServer(server) {
      const outDir = path.resolve(server.config.root, server.config.build.outDir);
      // Read once the server is up: the build (and any prerendering) is done by then.
      let rules: HeaderRule[] | undefined;
      server.middlewares.use(
        headerMiddleware(
          () => (rules ??= headerRules({ embedAllow: allow, styleHashes: cssHashesIn(outDir) })),
        ),
      );
    },
  };
}
