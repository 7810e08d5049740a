import { startTransition, useEffect, useState } from 'react';

// Whether the page's first render is done: false on the server and while a
// prerendered page hydrates, true once it has (or when there was nothing to
// hydrate). Module state, because it describes the page, not a component.
let firstRenderDone = false;

/** Called by the entry once the first render has committed, or before rendering from scratch. */
export function markFirstRenderDone(): void {
  firstRenderDone = true;
}

/**
 * False on the server and while hydrating a prerendered page, true after:
 * what only this browser knows (its counts) may differ from the server's
 * HTML only once hydration is done. The switch after hydration is a
 * transition in its own task, not a synchronous re-render inside the
 * hydration's commit (which is what useSyncExternalStore's server snapshot
 * did): that commit was the longest task on a phone, and the parts that
 * switch (counts, reading tools) load code. A part that mounts later, after
 * a client-side navigation, is on the client from its first render.
 */
export function useIsClient(): boolean {
  const [isClient, setIsClient] = useState(firstRenderDone);
  useEffect(() => {
    if (!isClient) {
      startTransition(() => {
        setIsClient(true);
      });
    }
  }, [isClient]);
  return isClient;
}

/** Rendered once beside the app by the entry: marks the first render done when it commits. */
export function FirstRenderDone(): null {
  useEffect(markFirstRenderDone, []);
  return null;
}
