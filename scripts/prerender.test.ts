import { describe, expect, it } from 'vitest';
import { fillTemplate } from './prerender.mjs';

const template = `<!doctype html>
<html lang="en">
  <head>
    <meta name="description" content="Broadsheet" />
    <title>Broadsheet</title>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const page = {
  html: "<title>Costs $&amp; $' $$ · Paper</title><article><p>It cost $$5, $& and $' more.</p></article>",
  title: "Costs $& $' $$ · Paper",
  description: 'Up $1 from $` last year',
  inlineJson: '{"headline":"Costs $& $\' $$"}',
  oembedHref: '/oembed/costs.json',
};

describe('fillTemplate', () => {
  const html = fillTemplate(template, page);

  it('keeps dollar signs in the story as text, not replacement patterns', () => {
    expect(html).toContain("<p>It cost $$5, $& and $' more.</p>");
    expect(html).toContain(`<title>Costs $&amp; $' $$ · Paper</title>`);
    expect(html).toContain('content="Up $1 from $` last year"');
    expect(html).toContain(`{"headline":"Costs $& $' $$"}`);
  });

  it('moves the title to the head and names the oEmbed document there', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain(
      '<link rel="alternate" type="application/json+oembed" href="/oembed/costs.json"',
    );
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain('<div id="root"><article>');
  });
});
