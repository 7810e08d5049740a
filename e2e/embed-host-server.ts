// A partner's site for the embed tests: a real HTTP server on 127.0.0.1 and
// its own port, so the page that frames the embeds is a different origin
// (and a different site) from the Broadsheet server on localhost.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostSite {
  origin: string;
  /** Serves `body` at `path` from now on. */
  put: (path: string, body: string, contentType?: string) => string;
  close: () => Promise<void>;
}

export async function startHostSite(): Promise<HostSite> {
  const files = new Map<string, { body: string; contentType: string }>();
  const server: Server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://host').pathname);
    if (file === undefined) {
      response.writeHead(404).end();
      return;
    }
    // Article JSON that another origin's embed may read, like any publisher's CORS-enabled feed.
    response.writeHead(200, {
      'Content-Type': file.contentType,
      'Access-Control-Allow-Origin': '*',
    });
    response.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${String(port)}`;
  return {
    origin,
    put(path, body, contentType = 'text/html; charset=utf-8') {
      files.set(path, { body, contentType });
      return `${origin}${path}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

/** A plain partner page around some embed code. */
export function hostPage(title: string, embeds: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<style>
  body { margin: 0 auto; max-width: 52rem; padding: 1rem; font: 16px/1.5 sans-serif; background: #eef3f7; }
  body.dark { background: #0d1117; color: #e6edf3; }
  .intro { padding: 0.5rem 0 1rem; }
</style>
</head>
<body>
<h1>${title}</h1>
<p class="intro">A partner blog that carries Broadsheet stories.</p>
${embeds}
<p>The end of the partner's page.</p>
</body>
</html>`;
}
