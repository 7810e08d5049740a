// Share: the system share sheet where the browser has one (phones), else the
// link on the clipboard. Each outcome is reported so the button can say what
// happened; nothing here throws.
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

interface ShareTarget {
  title: string;
  url: string;
}

interface ShareCapabilities {
  share?: (data: ShareData) => Promise<void>;
  canShare?: (data: ShareData) => boolean;
  clipboard?: Pick<Clipboard, 'writeText'>;
}

export async function shareLink(
  target: ShareTarget,
  nav: ShareCapabilities,
): Promise<ShareOutcome> {
  const data = { title: target.title, url: target.url };
  if (nav.share !== undefined && (nav.canShare?.(data) ?? true)) {
    try {
      await nav.share(data);
      return 'shared';
    } catch (error) {
      // The reader closed the share sheet: not a failure worth a message.
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  if (nav.clipboard === undefined) return 'failed';
  try {
    await nav.clipboard.writeText(target.url);
    return 'copied';
  } catch {
    return 'failed';
  }
}
