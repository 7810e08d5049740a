import { formatCount } from './format-count.ts';

// How the counts read. Broadsheet counts in this browser only; an article may
// also carry the source platform's counts from when it was imported. The two
// are never added together: each number says where it was counted, so none
// claims more than it knows:
//   "7 views on the original post · 3 in this browser · 2 comments in this browser"

/** Counts from the source platform at import time (the article's `engagement`). */
export interface EngagementSnapshot {
  views?: number | undefined;
  comments?: number | undefined;
}

/** A number and the words after it, so the number can sit in a fixed-width slot. */
export interface CountLabel {
  /** "…" while the count is not known yet. */
  count: string;
  words: string;
}

function label(count: number | null, singular: string, plural: string, where: string): CountLabel {
  return {
    count: count === null ? '…' : formatCount(count),
    words: `${count === 1 ? singular : plural}${where}`,
  };
}

export function countNoun(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

export function labelText({ count, words }: CountLabel): string {
  return `${count}${words}`;
}

export function originalViewsLabel(snapshot: EngagementSnapshot | undefined): CountLabel | null {
  const views = snapshot?.views;
  return views === undefined ? null : label(views, ' view', ' views', ' on the original post');
}

/** After the original post's views it reads "3 in this browser"; alone, "3 views in this browser". */
export function localViewsLabel(views: number | null, afterOriginal: boolean): CountLabel {
  return afterOriginal
    ? label(views, '', '', ' in this browser')
    : label(views, ' view', ' views', ' in this browser');
}

export function localCommentsLabel(comments: number | null): CountLabel {
  return label(comments, ' comment', ' comments', ' in this browser');
}

/** Mentioned only when the original post had some: "0 comments there" adds nothing. */
export function originalCommentsLabel(snapshot: EngagementSnapshot | undefined): CountLabel | null {
  const comments = snapshot?.comments;
  return comments === undefined || comments === 0
    ? null
    : label(comments, ' comment', ' comments', ' on the original post');
}
