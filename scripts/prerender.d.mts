/** One prerendered article page, as src/entry-server.tsx renders it. */
export interface PrerenderedPage {
  html: string;
  title: string;
  description: string;
  inlineJson: string;
  oembedHref: string;
}

export function fillTemplate(template: string, page: PrerenderedPage): string;
export function prerender(): Promise<string[]>;
