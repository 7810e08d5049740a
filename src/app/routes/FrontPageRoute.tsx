import { useQuery } from '@tanstack/react-query';
import { articleIndexQuery } from '../../article/load/article-index-query.ts';
import { ArticleErrorView } from '../../article/view/ArticleErrorView.tsx';
import { ArticleList } from '../../article/view/ArticleList.tsx';
import { ReadFromUrlForm } from '../../article/view/ReadFromUrlForm.tsx';
import { TeaserEngagement } from '../../engagement/ui/TeaserEngagement.tsx';
import { WithQueryClient } from '../../lib/query/query-client.tsx';

export function FrontPageRoute() {
  return (
    <WithQueryClient>
      <FrontPage />
    </WithQueryClient>
  );
}

function FrontPage() {
  const index = useQuery(articleIndexQuery());
  return (
    <div className="front-page">
      <title>Broadsheet</title>
      <h1 className="front-page__title">Today’s stories</h1>
      {index.isPending ? (
        <p role="status">Loading the stories…</p>
      ) : index.isError ? (
        <ArticleErrorView error={index.error} onRetry={() => void index.refetch()} />
      ) : (
        <ArticleList
          articles={index.data.articles}
          renderExtras={(summary) => (
            // The index carries no article id; a bundled article's id is its slug.
            <TeaserEngagement articleId={summary.slug} snapshot={summary.engagement} />
          )}
        />
      )}
      <ReadFromUrlForm />
    </div>
  );
}
