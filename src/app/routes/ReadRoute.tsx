import { useSearchParams } from 'react-router';
import { ArticleErrorView } from '../../article/view/ArticleErrorView.tsx';
import { FetchedArticlePage } from './FetchedArticlePage.tsx';
import { readSource } from './read-source.ts';

/** /read?src=: an article from any URL, rendered in the browser. A lazy route. */
export function ReadRoute() {
  const [params] = useSearchParams();
  const source = readSource(params.get('src'));
  if (!source.ok) return <ArticleErrorView error={source.error} />;
  return <FetchedArticlePage src={source.src} />;
}
