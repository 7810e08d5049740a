import { useParams } from 'react-router';
import { articleQuery } from '../../article/load/article-queries.ts';
import { ArticlePage } from './ArticlePage.tsx';

export function ArticleRoute() {
  const { slug = '' } = useParams();
  return <ArticlePage query={articleQuery(slug)} />;
}
