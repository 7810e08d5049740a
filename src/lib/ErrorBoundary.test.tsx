import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary.tsx';

function Broken(): never {
  throw new Error('Invalid time value');
}

describe('ErrorBoundary', () => {
  it('replaces only the failed part, says why, and leaves the rest of the page', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <main>
        <p>The story</p>
        <ErrorBoundary fallback={(error) => <p role="alert">Comments failed: {error.message}</p>}>
          <Broken />
        </ErrorBoundary>
      </main>,
    );
    expect(screen.getByText('The story')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Comments failed: Invalid time value');
    expect(logged).toHaveBeenCalled();
  });

  it('shows its children when nothing fails', () => {
    render(
      <ErrorBoundary fallback={() => <p>failed</p>}>
        <p>fine</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('fine')).toBeInTheDocument();
  });
});
