import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App.tsx';
import { AppProviders, createQueryClient } from './app/AppProviders.tsx';
import { articleQuery } from './article/load/article-queries.ts';
import { readInlineArticle } from './article/load/inline-article.ts';
import { registerServiceWorker } from './offline/register-service-worker.ts';
import { applyStoredTextSize } from './reading/apply-stored-text-size.ts';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// Before the first render, so the text does not change size under the reader.
applyStoredTextSize();
registerServiceWorker();

// A prerendered article page brings its article with it: seed the cache so
// the first client render is the server's HTML, and hydrate instead of
// rendering from scratch.
const client = createQueryClient();
const inline = readInlineArticle(document);
if (inline !== undefined) client.setQueryData(articleQuery(inline.article.slug).queryKey, inline);

const app = (
  <StrictMode>
    <AppProviders client={client}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </AppProviders>
  </StrictMode>
);

if (inline !== undefined && root.hasChildNodes()) {
  // As a transition, hydration yields to the browser every few milliseconds
  // instead of holding the main thread for the whole article at once.
  startTransition(() => {
    hydrateRoot(root, app);
  });
} else {
  createRoot(root).render(app);
}
