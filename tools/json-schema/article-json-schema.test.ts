import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  JSON_SCHEMA_PATH,
  articleJsonSchema,
  articleJsonSchemaText,
} from './article-json-schema.ts';

describe('published JSON Schema', () => {
  it('is the one generated from the valibot schema (run `npm run schema` after changing it)', () => {
    expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(articleJsonSchemaText());
  });

  it('describes every block type and the required metadata', () => {
    const text = JSON.stringify(articleJsonSchema());
    for (const type of [
      'paragraph',
      'heading',
      'figure',
      'quote',
      'stat',
      'stats',
      'list',
      'divider',
    ]) {
      expect(text).toContain(`"const":"${type}"`);
    }
    expect(articleJsonSchema().required).toEqual(
      expect.arrayContaining([
        'format',
        'id',
        'slug',
        'headline',
        'authors',
        'publication',
        'language',
        'body',
      ]),
    );
  });
});
