import { describe, expect, it } from 'vitest';
import { shouldRegisterServiceWorker } from './register-service-worker.ts';

describe('shouldRegisterServiceWorker', () => {
  it('registers on the reader’s own pages', () => {
    expect(shouldRegisterServiceWorker({ pathname: '/articles/a' }, false)).toBe(true);
    expect(shouldRegisterServiceWorker({ pathname: '/' }, false)).toBe(true);
  });

  it('never registers in an embed route or inside any frame', () => {
    expect(shouldRegisterServiceWorker({ pathname: '/embed/articles/a' }, false)).toBe(false);
    expect(shouldRegisterServiceWorker({ pathname: '/articles/a' }, true)).toBe(false);
  });
});
