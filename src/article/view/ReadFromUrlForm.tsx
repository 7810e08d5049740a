import { useId, useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import { isSafeUrl } from '../format/safe-url.ts';

/** Opens any article JSON on the web in the reader, through /read?src=. */
export function ReadFromUrlForm() {
  const navigate = useNavigate();
  const inputId = useId();
  const errorId = useId();
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);

  function handleSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = url.trim();
    if (!isSafeUrl(trimmed)) {
      setError(
        'Enter an http(s) address of an article JSON file, e.g. https://example.com/story.json',
      );
      return;
    }
    setError(null);
    void navigate(`/read?src=${encodeURIComponent(trimmed)}`);
  }

  return (
    <form className="read-form" onSubmit={handleSubmit} noValidate>
      <label htmlFor={inputId}>Read an article from its JSON address</label>
      <div className="read-form__row">
        <input
          id={inputId}
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://example.com/story.json"
          value={url}
          aria-invalid={error !== null}
          aria-describedby={error === null ? undefined : errorId}
          onChange={(event) => {
            setUrl(event.target.value);
          }}
        />
        <button type="submit" className="button">
          Read
        </button>
      </div>
      {error === null ? null : (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
