import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { importArticle } from './import-article.ts';

export interface ImportTiming {
  name: string;
  bytes: number;
  runs: number;
  medianMs: number;
  /** CPU time of the same runs: steadier than wall time on a machine shared with other work. */
  medianCpuMs: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/**
 * Imports one file `runs` times and reports the median time. The median,
 * not the mean: the first run pays for JIT warm-up, and the machine may be
 * busy with other work.
 */
export async function measureImport(file: string, runs = 5): Promise<ImportTiming> {
  const content = await readFile(file);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = importArticle({ name: file, content });
    const used = process.cpuUsage(cpu);
    times.push(performance.now() - started);
    cpuTimes.push((used.user + used.system) / 1000);
    if (!result.ok) throw new Error(`${file}: ${result.error}`);
  }
  return {
    name: path.basename(path.dirname(file)),
    bytes: content.byteLength,
    runs,
    medianMs: median(times),
    medianCpuMs: median(cpuTimes),
  };
}

export function formatTiming(timing: ImportTiming): string {
  const kilobytes = String(Math.round(timing.bytes / 1024));
  const wall = String(Math.round(timing.medianMs));
  const cpu = String(Math.round(timing.medianCpuMs));
  return `import: ${timing.name} (${kilobytes} KB) median ${wall} ms over ${String(timing.runs)} runs (CPU ${cpu} ms)`;
}
