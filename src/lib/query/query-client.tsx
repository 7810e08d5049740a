import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, useState, type ReactNode } from 'react';

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Articles change rarely; refetching on every focus would only burn a phone's data.
      queries: { staleTime: 5 * 60 * 1000, refetchOnWindowFocus: false },
    },
  });
}

let shared: QueryClient | undefined;

/**
 * The page's one client (one cache for every part of it), made on first use.
 * Browser only: on a server one client would carry one render's data into the
 * next, so there each call gets a new one (no prerendered part queries today).
 */
function sharedQueryClient(): QueryClient {
  if (typeof window === 'undefined') return createQueryClient();
  shared ??= createQueryClient();
  return shared;
}

/**
 * Puts the page's query client above the parts that fetch or read the store:
 * comments, counts, the front page, articles loaded over the network. They
 * are all lazy chunks, so react-query comes with the first of them and not
 * with the article page's first load, whose article is already in the HTML.
 * A client given higher up (a test's, say) is kept.
 */
export function WithQueryClient({ children }: { children: ReactNode }) {
  const outer = useContext(QueryClientContext);
  const [client] = useState(sharedQueryClient);
  if (outer !== undefined) return children;
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
