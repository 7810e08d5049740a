import { Fragment, useMemo } from 'react';
import { splitLinks } from '../model/linkify.ts';

/**
 * A comment's text, as text: React escapes it, and only http(s) addresses
 * become elements (links the site does not vouch for). `dir="auto"` isolates
 * it, so a right-to-left override inside cannot reorder anything around it.
 */
export function CommentBody({ text }: { text: string }) {
  const parts = useMemo(() => splitLinks(text), [text]);
  return (
    <div className="comment__body" dir="auto">
      {parts.map((part, index) =>
        part.kind === 'link' ? (
          <a key={index} href={part.href} rel="nofollow ugc noopener noreferrer">
            {part.text}
          </a>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </div>
  );
}
