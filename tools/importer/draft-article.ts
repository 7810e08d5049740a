import type { Article, Block } from '../../src/article/format/article-schema.ts';
import type { DropLog } from './drop-log.ts';

/**
 * What a reader of one input format found, before the importer fills in what
 * the options supply and looks for quotes and statistics.
 */
export interface DraftArticle {
  headline: string;
  dek?: string;
  authors: Article['authors'];
  publication?: string;
  publishedAt?: string;
  updatedAt?: string;
  /** The language the page declares, canonicalised; undefined when it declares none. */
  language?: string;
  direction?: 'ltr' | 'rtl';
  canonicalUrl?: string;
  lead?: Article['lead'];
  engagement?: Article['engagement'];
  body: Block[];
  dropped: DropLog;
  /** Things worth telling the person running the import, one line each. */
  notes: string[];
}
