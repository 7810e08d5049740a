import { useParams } from 'react-router';
import { articleQuery } from '../../article/load/article-queries.ts';
import { OEmbedDiscovery } from '../../embed/ui/OEmbedDiscovery.tsx';
import { ArticlePage } from './ArticlePage.tsx';

export function ArticleRoute() {
  const { slug = '' } = useParams();
  return (
    <>
      <OEmbedDiscovery slug={slug} />
      <ArticlePage query={articleQuery(slug)} />
    </>
  );
}
