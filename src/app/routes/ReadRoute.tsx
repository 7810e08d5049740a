import { useSearchParams } from 'react-router';
import { isSafeUrl } from '../../article/format/safe-url.ts';
import { articleFromUrlQuery } from '../../article/load/article-queries.ts';
import { ArticleLoadError } from '../../article/load/article-load-error.ts';
import { ArticleErrorView } from '../../article/view/ArticleErrorView.tsx';
import { ArticlePage } from './ArticlePage.tsx';

export function ReadRoute() {
  const [params] = useSearchParams();
  const src = params.get('src');
  if (src === null || !isSafeUrl(src)) {
    const problem =
      src === null
        ? 'src: is required (an http(s) URL of an article JSON file)'
        : 'src: must be an http(s) or relative URL';
    return (
      <ArticleErrorView
        error={
          new ArticleLoadError('invalid', 'This address does not say which article to read.', {
            problems: [{ path: '', message: problem }],
          })
        }
      />
    );
  }
  return <ArticlePage query={articleFromUrlQuery(src)} />;
}
