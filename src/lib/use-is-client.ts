import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False on the server and while hydrating a prerendered page, true after:
 * what only this browser knows (its counts) may differ from the server's
 * HTML only once hydration is done.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
