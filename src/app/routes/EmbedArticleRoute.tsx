import { useParams } from 'react-router';
import { articleQuery } from '../../article/load/article-queries.ts';
import { EmbedPage } from './EmbedPage.tsx';

export function EmbedArticleRoute() {
  const { slug = '' } = useParams();
  return <EmbedPage query={articleQuery(slug)} fallbackId={slug} />;
}
