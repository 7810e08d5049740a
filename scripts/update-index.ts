// npm run index: rebuild public/articles/index.json after adding an article by hand.
import { writeIndex } from '../tools/article-index/update-index.ts';

const dir = process.argv[2] ?? 'public/articles';
const { count, errors } = await writeIndex(dir);
for (const error of errors) console.error(`skipped ${error}`);
console.log(`${dir}/index.json lists ${String(count)} article(s)`);
process.exit(errors.length > 0 ? 1 : 0);
