import { describe, expect, it, vi } from 'vitest';
import { shareLink } from './share-link.ts';

const target = { title: 'A story', url: 'https://example.com/a' };

describe('shareLink', () => {
  it('uses the system share sheet where there is one', async () => {
    const share = vi.fn(() => Promise.resolve());
    expect(await shareLink(target, { share })).toBe('shared');
    expect(share).toHaveBeenCalledWith({ title: 'A story', url: 'https://example.com/a' });
  });

  it('treats a closed share sheet as cancelled, not failed', async () => {
    const share = () => Promise.reject(new DOMException('closed', 'AbortError'));
    const writeText = vi.fn(() => Promise.resolve());
    expect(await shareLink(target, { share, clipboard: { writeText } })).toBe('cancelled');
    expect(writeText).not.toHaveBeenCalled();
  });

  it('copies the link when there is no share sheet or it fails', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    expect(await shareLink(target, { clipboard: { writeText } })).toBe('copied');
    expect(writeText).toHaveBeenCalledWith('https://example.com/a');
    const broken = () => Promise.reject(new DOMException('no', 'NotAllowedError'));
    expect(await shareLink(target, { share: broken, clipboard: { writeText } })).toBe('copied');
  });

  it('says it failed when neither works', async () => {
    expect(await shareLink(target, {})).toBe('failed');
    const writeText = () => Promise.reject(new Error('denied'));
    expect(await shareLink(target, { clipboard: { writeText } })).toBe('failed');
  });
});
