import { mkdtemp, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oembedFiles } from './oembed-files.ts';

const SAMPLE = 'kazakhstan-russian-troops-withdrawal';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'oembed-'));
  await copyFile(`public/articles/${SAMPLE}.json`, path.join(dir, `${SAMPLE}.json`));
  await copyFile('public/articles/index.json', path.join(dir, 'index.json'));
  await writeFile(path.join(dir, 'broken.json'), '{"format": "broadsheet/article@1"}');
  await copyFile(`public/articles/${SAMPLE}.json`, path.join(dir, 'misnamed.json'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('oembedFiles', () => {
  it('writes one document per valid article, named by its slug, and none for the index', async () => {
    const files = await oembedFiles(dir, 'https://news.example');
    expect(files.map((file) => file.fileName)).toEqual([`oembed/${SAMPLE}.json`]);
    const [file] = files;
    expect(file?.document).toMatchObject({
      type: 'rich',
      title: 'Kazakhstan says Russian troops can start leaving this week',
      author_name: 'Valerie Hopkins and Ivan Nechepurenko',
      provider_name: 'The San Juan Daily Star',
      width: 640,
    });
    expect(file?.document.html).toContain(`https://news.example/embed/articles/${SAMPLE}?`);
    // Measured in Chromium at 640 px: the sample embeds 5,997 px tall.
    expect(file?.document.height).toBeGreaterThan(5997 * 0.9);
    expect(file?.document.height).toBeLessThan(5997 * 1.1);
  });
});
