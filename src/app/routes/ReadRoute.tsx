import { useSearchParams } from 'react-router';
import { articleFromUrlQuery } from '../../article/load/article-queries.ts';
import { ArticleErrorView } from '../../article/view/ArticleErrorView.tsx';
import { ArticlePage } from './ArticlePage.tsx';
import { readSource } from './read-source.ts';

export function ReadRoute() {
  const [params] = useSearchParams();
  const source = readSource(params.get('src'));
  if (!source.ok) return <ArticleErrorView error={source.error} />;
  return <ArticlePage query={articleFromUrlQuery(source.src)} />;
}
