import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RESIZE_MESSAGE } from '../protocol/embed-messages.ts';
import { EmbedButton } from './EmbedButton.tsx';
import { EmbedDialog } from './EmbedDialog.tsx';

const EMBED_URL = new URL('https://news.example/embed/articles/my-story');

const showModal = vi.fn(function (this: HTMLDialogElement) {
  this.open = true;
});

beforeEach(() => {
  // jsdom has <dialog> but not its methods.
  showModal.mockClear();
  HTMLDialogElement.prototype.showModal = showModal;
  HTMLDialogElement.prototype.close = vi.fn(function (this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  });
});

function renderDialog(onClose = vi.fn()) {
  render(<EmbedDialog embedUrl={EMBED_URL} title="My story" onClose={onClose} />);
  return { onClose, dialog: screen.getByRole('dialog', { name: 'Embed this story' }) };
}

const snippet = () => screen.getByLabelText<HTMLTextAreaElement>('Embed code').value;
const preview = () => screen.getByTitle<HTMLIFrameElement>('Preview: My story');

describe('EmbedDialog', () => {
  it('opens as a modal with the default snippet and a preview of the same embed', () => {
    const { dialog } = renderDialog();
    expect(dialog).toHaveAttribute('open');
    expect(showModal).toHaveBeenCalledOnce();
    expect(snippet()).toContain(
      'src="https://news.example/embed/articles/my-story?theme=auto&amp;comments=0&amp;lead=1"',
    );
    expect(snippet()).toContain('<script async src="https://news.example/embed.js"></script>');
    expect(preview().src).toBe(
      'https://news.example/embed/articles/my-story?theme=auto&comments=0&lead=1',
    );
  });

  it('puts every toggled option in the snippet and the preview', async () => {
    const user = userEvent.setup();
    renderDialog();
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    await user.click(screen.getByRole('checkbox', { name: 'Comments' }));
    await user.click(screen.getByRole('checkbox', { name: 'Lead image' }));
    expect(snippet()).toContain('?theme=dark&amp;comments=1&amp;lead=0"');
    expect(preview().src).toBe(
      'https://news.example/embed/articles/my-story?theme=dark&comments=1&lead=0',
    );
    expect(
      within(screen.getByRole('group', { name: 'Theme' })).getByRole('radio', { name: 'Dark' }),
    ).toBeChecked();
  });

  it('copies the snippet, and says so until the options change', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderDialog();
    await user.click(screen.getByRole('button', { name: 'Copy code' }));
    expect(writeText).toHaveBeenCalledWith(snippet());
    expect(screen.getByRole('status')).toHaveTextContent('Copied to the clipboard.');
    await user.click(screen.getByRole('radio', { name: 'Light' }));
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('selects the snippet for the reader when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    renderDialog();
    await user.click(screen.getByRole('button', { name: 'Copy code' }));
    expect(screen.getByRole('status')).toHaveTextContent('press Ctrl+C');
    const textarea = screen.getByLabelText<HTMLTextAreaElement>('Embed code');
    expect(textarea.selectionEnd - textarea.selectionStart).toBe(textarea.value.length);
  });

  it('sizes the preview from its own messages only', () => {
    renderDialog();
    const message = { type: RESIZE_MESSAGE, id: 'my-story', height: 1234 };
    const post = (source: Window | null, origin: string, data: unknown = message) => {
      act(() => {
        window.dispatchEvent(new MessageEvent('message', { data, source, origin }));
      });
    };
    post(window, 'https://news.example');
    post(preview().contentWindow, 'https://evil.example');
    post(preview().contentWindow, 'https://news.example', { ...message, height: '9' });
    expect(preview()).toHaveAttribute('height', '480');
    post(preview().contentWindow, 'https://news.example');
    expect(preview()).toHaveAttribute('height', '1234');
  });

  it('closes from its Close button', async () => {
    const user = userEvent.setup();
    const { onClose } = renderDialog();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});

describe('EmbedButton', () => {
  it('offers the dialog on an article page, and gives focus back when it closes', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter initialEntries={['/articles/my-story']}>
        <EmbedButton title="My story" />
      </MemoryRouter>,
    );
    const button = screen.getByRole('button', { name: 'Embed' });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Embed this story' });
    expect(within(dialog).getByLabelText<HTMLTextAreaElement>('Embed code').value).toContain(
      `src="${window.location.origin}/embed/articles/my-story?`,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('is not offered on a page that has no embed', () => {
    render(
      <MemoryRouter initialEntries={['/']}>
        <EmbedButton title="Front page" />
      </MemoryRouter>,
    );
    expect(screen.queryByRole('button', { name: 'Embed' })).toBeNull();
  });
});
