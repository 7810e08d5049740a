// The JSON Schema that publishers validate against, generated from the valibot
// schema so that the two can never disagree.
import { toJsonSchema } from '@valibot/to-json-schema';
import { ARTICLE_FORMAT, articleSchema } from '../../src/article/format/article-schema.ts';

export const JSON_SCHEMA_PATH = 'public/schema/article-v1.json';

export function articleJsonSchema(): Record<string, unknown> {
  // Checks written as code (URL schemes, real dates) cannot be expressed in
  // JSON Schema; they are described in each field's description instead, and
  // the reader enforces them.
  const schema = toJsonSchema(articleSchema, { errorMode: 'ignore', target: 'draft-2020-12' });
  return {
    ...schema,
    $id: '/schema/article-v1.json',
    title: `Broadsheet article (${ARTICLE_FORMAT})`,
    description:
      'A news article for the Broadsheet reader. See docs/article-format.md for every field.',
  };
}

export function articleJsonSchemaText(): string {
  return `${JSON.stringify(articleJsonSchema(), null, 2)}\n`;
}
