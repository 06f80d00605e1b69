/**
 * The news sitemap (Google News format), `/news-sitemap.xml`: the articles
 * published in the two days up to the build clock (`model.now`), in every
 * variant (config order, newest first), each with its publication's name and
 * language. Articles after the clock are left out.
 */
import { VARIANTS, type VariantId } from '../conversion/variants.js';
import { globalsOf, type SiteModel } from './model.js';
import { outputFile, type DataOutput } from './output-types.js';
import { absoluteUrl, newsSitemapPath } from './urls.js';
import { xmlText } from './xml.js';

/** How far back the news sitemap reaches: two days, as Google News asks. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/** Google News's language code of a variant: `zh-cn` for Simplified, `zh-tw` for Traditional (its two Chinese codes). */
export function newsLanguage(id: VariantId): string {
  return VARIANTS[id].script === 'Hans' ? 'zh-cn' : 'zh-tw';
}

/** The news sitemap's text. */
export function newsSitemapXml(model: SiteModel): string {
  const { config } = model;
  const now = model.now.getTime();
  const recent = model.articles.filter((a) => a.article.meta.date.epoch <= now && a.article.meta.date.epoch > now - NEWS_WINDOW_MS);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
  ];
  for (const id of config.variants) {
    const name = globalsOf(model, id).site.title;
    for (const a of recent) {
      const v = a.article.variants[id];
      if (!v) continue;
      lines.push(
        '  <url>',
        `    <loc>${xmlText(absoluteUrl(config.baseUrl, a.paths[id]))}</loc>`,
        '    <news:news>',
        `      <news:publication><news:name>${xmlText(name)}</news:name><news:language>${newsLanguage(id)}</news:language></news:publication>`,
        `      <news:publication_date>${a.article.meta.date.iso}</news:publication_date>`,
        `      <news:title>${xmlText(v.title)}</news:title>`,
        '    </news:news>',
        '  </url>',
      );
    }
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}

/** The news sitemap as an output. */
export function newsSitemapOutput(model: SiteModel): DataOutput {
  return { kind: 'news-sitemap', variant: undefined, file: outputFile(newsSitemapPath(model.config.basePath), model.config.basePath), text: newsSitemapXml(model) };
}
