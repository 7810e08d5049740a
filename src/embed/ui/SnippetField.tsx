import { useId, useRef, useState } from 'react';

export function SnippetField({ snippet }: { snippet: string }) {
  const id = useId();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  // Which snippet the last copy attempt was for: a change of options clears the message.
  const [result, setResult] = useState<{ snippet: string; copied: boolean }>();

  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setResult({ snippet, copied: true });
    } catch {
      // The clipboard may be refused (an old browser, a denied permission):
      // select the code so one keystroke copies it.
      textareaRef.current?.select();
      setResult({ snippet, copied: false });
    }
  }

  const status =
    result?.snippet !== snippet
      ? ''
      : result.copied
        ? 'Copied to the clipboard.'
        : 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.';

  return (
    <div className="embed-code">
      <label htmlFor={id}>Embed code</label>
      <textarea
        ref={textareaRef}
        id={id}
        readOnly
        rows={6}
        spellCheck={false}
        value={snippet}
        onFocus={(event) => {
          event.currentTarget.select();
        }}
      />
      <div className="embed-code__actions">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy code
        </button>
        <p className="embed-code__status" role="status">
          {status}
        </p>
      </div>
    </div>
  );
}
