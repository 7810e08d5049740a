import { createSafeStorage, type SafeStorage } from './safe-storage.ts';

let local: SafeStorage | undefined;
let session: SafeStorage | undefined;

function noStorage(): Storage {
  throw new Error('no browser storage here');
}

// Created on first use, never at import: the prerenderer imports this in
// Node, where there is no window, and a sandboxed frame throws on the access.
export function browserLocalStorage(): SafeStorage {
  local ??= createSafeStorage(
    typeof window === 'undefined' ? noStorage : () => window.localStorage,
  );
  return local;
}

export function browserSessionStorage(): SafeStorage {
  session ??= createSafeStorage(
    typeof window === 'undefined' ? noStorage : () => window.sessionStorage,
  );
  return session;
}
