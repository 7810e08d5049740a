import { memo, type ReactNode, type Ref } from 'react';
import { ArticleBlock } from '../blocks/ArticleBlock.tsx';
import { FigureBlock } from '../blocks/FigureBlock.tsx';
import type { Article, Block } from '../format/article-schema.ts';
import { textDirection } from '../format/text-direction.ts';
import { ArticleHeader } from './ArticleHeader.tsx';

interface ArticleViewProps {
  article: Article;
  headerExtras?: ReactNode;
  /** Shown after the story, outside the article text (comments, for instance). */
  children?: ReactNode;
  showLead?: boolean;
  /** The article element, for tools that follow the reader's place in it. */
  articleRef?: Ref<HTMLElement>;
}

/**
 * The story's blocks, the bulk of the page. Memoized: what changes around it
 * (counts, buttons, comments) must not re-render a long article, which on a
 * slow phone is tens of milliseconds of blocked main thread each time.
 */
const ArticleBody = memo(function ArticleBody({ body }: { body: readonly Block[] }) {
  return (
    <div className="article-body">
      {body.map((block, index) => (
        <ArticleBlock key={index} block={block} />
      ))}
    </div>
  );
});

export function ArticleView({
  article,
  headerExtras,
  children,
  showLead = true,
  articleRef,
}: ArticleViewProps) {
  return (
    <article
      ref={articleRef}
      className="article"
      lang={article.language}
      dir={textDirection(article)}
    >
      <ArticleHeader article={article} extras={headerExtras} />
      {showLead && article.lead !== undefined ? <FigureBlock figure={article.lead} isLead /> : null}
      <ArticleBody body={article.body} />
      {children}
    </article>
  );
}
