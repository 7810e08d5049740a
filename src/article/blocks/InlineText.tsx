import type { ReactNode } from 'react';
import type { Inline } from '../format/article-schema.ts';

function InlineRun({ run }: { run: Inline }) {
  if (typeof run === 'string') return run;
  let node: ReactNode = run.text;
  if (run.emphasis === true) node = <em>{node}</em>;
  if (run.strong === true) node = <strong>{node}</strong>;
  // The schema has already refused any href that is not http(s) or relative.
  if (run.href !== undefined) node = <a href={run.href}>{node}</a>;
  return node;
}

export function InlineText({ content }: { content: readonly Inline[] }) {
  return content.map((run, index) => <InlineRun key={index} run={run} />);
}
