import { useSearchParams } from 'react-router';
import { articleFromUrlQuery } from '../../article/load/article-queries.ts';
import { ArticleErrorView } from '../../article/view/ArticleErrorView.tsx';
import { EmbedFrame } from '../../embed/frame/EmbedFrame.tsx';
import { parseEmbedId, parseEmbedOptions } from '../../embed/options/parse-embed-options.ts';
import { EmbedPage } from './EmbedPage.tsx';
import { readSource } from './read-source.ts';

const FALLBACK_ID = 'read';

export function EmbedReadRoute() {
  const [params] = useSearchParams();
  const source = readSource(params.get('src'));
  if (!source.ok) {
    return (
      <EmbedFrame id={parseEmbedId(params, FALLBACK_ID)} theme={parseEmbedOptions(params).theme}>
        <ArticleErrorView error={source.error} />
      </EmbedFrame>
    );
  }
  return <EmbedPage query={articleFromUrlQuery(source.src)} fallbackId={FALLBACK_ID} />;
}
