// npm run schema: regenerate public/schema/article-v1.json after changing the article schema.
import { writeFile } from 'node:fs/promises';
import {
  JSON_SCHEMA_PATH,
  articleJsonSchemaText,
} from '../tools/json-schema/article-json-schema.ts';

await writeFile(JSON_SCHEMA_PATH, articleJsonSchemaText());
console.log(`wrote ${JSON_SCHEMA_PATH}`);
