/**
 * `sitemap.xml`: every page that says `sitemap: true`, sorted by path, with
 * its last modification date, its `xhtml:link` alternates and `x-default`
 * (the first variant that has the page).
 */
import type { SiteConfig } from '../config/config.js';
import { compare } from '../core/errors.js';
import { outputFile, type DataOutput, type PageOutput } from './output-types.js';
import { absoluteUrl, sitemapPath } from './urls.js';

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The sitemap's text. */
export function sitemapXml(pages: readonly PageOutput[], config: SiteConfig): string {
  // Every page's URL comes back as the alternate of the others (three or four times in all): each is made once.
  const urls = new Map<string, string>();
  const absolute = (path: string) => {
    let url = urls.get(path);
    if (url === undefined) urls.set(path, (url = xml(absoluteUrl(config.baseUrl, path))));
    return url;
  };
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ];
  const sorted = pages.filter((p) => p.sitemap).sort((a, b) => compare(a.path, b.path));
  for (const page of sorted) {
    lines.push('  <url>', `    <loc>${absolute(page.path)}</loc>`);
    if (page.lastmod) lines.push(`    <lastmod>${xml(page.lastmod)}</lastmod>`);
    const alts = config.variants.filter((id) => page.alternates[id] !== undefined);
    for (const id of alts) lines.push(`    <xhtml:link rel="alternate" hreflang="${id}" href="${absolute(page.alternates[id]!)}"/>`);
    if (alts.length) lines.push(`    <xhtml:link rel="alternate" hreflang="x-default" href="${absolute(page.alternates[alts[0]!]!)}"/>`);
    lines.push('  </url>');
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}

/** The sitemap as an output. */
export function sitemapOutput(pages: readonly PageOutput[], config: SiteConfig): DataOutput {
  return { kind: 'sitemap', variant: undefined, file: outputFile(sitemapPath(config.basePath), config.basePath), text: sitemapXml(pages, config) };
}
