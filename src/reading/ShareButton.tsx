import { useState } from 'react';
import { shareLink, type ShareOutcome } from './share-link.ts';

const MESSAGES: Record<ShareOutcome, string> = {
  shared: 'Shared.',
  copied: 'Link copied.',
  cancelled: '',
  failed: 'Could not share: copy the address from the address bar.',
};

export function ShareButton({ title }: { title: string }) {
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);

  async function share() {
    setOutcome(null);
    setOutcome(await shareLink({ title, url: window.location.href }, navigator));
  }

  return (
    <div className="share">
      <button
        type="button"
        className="tool-button"
        onClick={() => {
          void share();
        }}
      >
        Share
      </button>
      <span className="share__status" role="status">
        {outcome === null ? '' : MESSAGES[outcome]}
      </span>
    </div>
  );
}
