import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Articles change rarely; refetching on every focus would only burn a phone's data.
      queries: { staleTime: 5 * 60 * 1000, refetchOnWindowFocus: false },
    },
  });
}

interface AppProvidersProps {
  children: ReactNode;
  /** A client already holding data: the prerenderer's, or one seeded from the page. */
  client?: QueryClient;
}

export function AppProviders({ children, client: given }: AppProvidersProps) {
  const [client] = useState(() => given ?? createQueryClient());
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
