// npm run bench:import [-- <page>]: imports the largest page of the shared
// corpus (or the named one) five times and prints the median wall and CPU
// time. Target: under 1 s.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTiming, measureImport } from '../tools/importer/measure-import.ts';

const CORPUS = path.resolve(fileURLToPath(new URL('../../shared/corpus/html', import.meta.url)));
const TARGET_MS = 1000;

async function largestPage(): Promise<string> {
  const pages = await readdir(CORPUS);
  const sized = await Promise.all(
    pages.map(async (page) => ({
      page,
      size: (await stat(path.join(CORPUS, page, 'source.html'))).size,
    })),
  );
  const largest = sized.sort((a, b) => b.size - a.size)[0];
  if (largest === undefined) throw new Error(`no pages in ${CORPUS}`);
  return largest.page;
}

const page = process.argv[2] ?? (await largestPage());
const timing = await measureImport(path.join(CORPUS, page, 'source.html'));
console.log(formatTiming(timing));
// A warning, not a failure: wall time on a shared machine says as much about the neighbours.
if (timing.medianMs >= TARGET_MS) console.error(`slower than the ${String(TARGET_MS)} ms target`);
