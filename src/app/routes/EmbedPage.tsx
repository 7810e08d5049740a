import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import type { ArticleQueryOptions } from '../../article/load/article-queries.ts';
import { ArticleErrorView } from '../../article/view/ArticleErrorView.tsx';
import { ArticleSkeleton } from '../../article/view/ArticleSkeleton.tsx';
import { ArticleView } from '../../article/view/ArticleView.tsx';
import { CommentsDisclosure } from '../../embed/frame/CommentsDisclosure.tsx';
import { EmbedFrame } from '../../embed/frame/EmbedFrame.tsx';
import { ReadOnLink } from '../../embed/frame/ReadOnLink.tsx';
import { parseEmbedId, parseEmbedOptions } from '../../embed/options/parse-embed-options.ts';
import { readerUrlFor } from '../../embed/snippet/embed-url.ts';
import { EmbedComments } from './EmbedComments.tsx';

interface EmbedPageProps {
  query: ArticleQueryOptions;
  /** The id for resize messages when the host gave none. */
  fallbackId: string;
}

/** params -> query -> view for an embedded story, shared by /embed/articles/:slug and /embed/read. */
export function EmbedPage({ query, fallbackId }: EmbedPageProps) {
  const [params] = useSearchParams();
  const { pathname, search } = useLocation();
  const options = parseEmbedOptions(params);
  const result = useQuery(query);
  let content: ReactNode;
  if (result.isPending) content = <ArticleSkeleton />;
  else if (result.isError)
    content = <ArticleErrorView error={result.error} onRetry={() => void result.refetch()} />;
  else {
    const { article } = result.data;
    // Only the path matters: the link stays on whatever origin serves the embed.
    const { pathname: readerPath, search: readerSearch } = readerUrlFor(
      new URL(pathname + search, 'http://embed.invalid'),
    );
    content = (
      <>
        <title>{`${article.headline} · ${article.publication.name}`}</title>
        <ArticleView article={article} showLead={options.lead}>
          {options.comments ? (
            <CommentsDisclosure>
              <EmbedComments articleId={article.id} articleTitle={article.headline} />
            </CommentsDisclosure>
          ) : null}
        </ArticleView>
        <ReadOnLink href={readerPath + readerSearch} publication={article.publication.name} />
      </>
    );
  }
  return (
    <EmbedFrame id={parseEmbedId(params, fallbackId)} theme={options.theme}>
      {content}
    </EmbedFrame>
  );
}
