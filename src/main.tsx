import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App.tsx';
import { readInlineArticle } from './article/load/inline-article.ts';
import { PreloadedArticleContext } from './article/load/preloaded-article.ts';
import { FirstRenderDone, markFirstRenderDone } from './lib/use-is-client.ts';
import { registerServiceWorker } from './offline/register-service-worker.ts';
import { applyStoredTextSize } from './reading/apply-stored-text-size.ts';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// Before the first render, so the text does not change size under the reader.
applyStoredTextSize();
registerServiceWorker();

// A prerendered article page brings its article with it (validated again
// here, like any article): its route renders it with no fetch, so the first
// client render is the server's HTML, and the app hydrates instead of
// rendering from scratch.
const inline = readInlineArticle(document);

const app = (
  <StrictMode>
    <PreloadedArticleContext value={inline}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </PreloadedArticleContext>
    <FirstRenderDone />
  </StrictMode>
);

if (inline !== undefined && root.hasChildNodes()) {
  // As a transition, hydration yields to the browser every few milliseconds
  // instead of holding the main thread for the whole article at once.
  startTransition(() => {
    hydrateRoot(root, app);
  });
} else {
  markFirstRenderDone();
  createRoot(root).render(app);
}
