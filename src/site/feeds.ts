/**
 * Atom 1.0 feeds: one per variant (`/{variant}/feed.xml`), per section and
 * per keyword (`/{variant}/{segment}/{slug}/feed.xml`), each with its newest
 * `FEED_SIZE` articles in full, in the variant's script and language. Every
 * URL is absolute; the content's own relative links resolve through
 * `xml:base` (the article's URL). `updated` is the newest entry's, so a
 * rebuild of the same content writes the same bytes.
 */
import type { VariantId } from '../conversion/variants.js';
import { VARIANTS } from '../conversion/variants.js';
import { fillText } from '../conversion/ui-texts.js';
import { indexOf, globalsOf, TAXONOMIES, type SiteModel } from './model.js';
import { outputFile, type DataOutput } from './output-types.js';
import type { SiteArticle } from './place.js';
import { absoluteUrl, feedPath, homePath, termFeedPath, termPath } from './urls.js';
import { xmlText } from './xml.js';

/** Entries per feed. */
export const FEED_SIZE = 20;

/** A feed before it is written. */
export interface FeedSpec {
  variant: VariantId;
  title: string;
  subtitle: string;
  /** URL paths (not encoded) of the feed itself and of the page it follows. */
  selfPath: string;
  pagePath: string;
  articles: readonly SiteArticle[];
}

function entry(model: SiteModel, a: SiteArticle, id: VariantId): string[] {
  const { config } = model;
  const v = a.article.variants[id]!;
  const url = absoluteUrl(config.baseUrl, a.paths[id]);
  const { meta } = a.article;
  const lines = [
    '  <entry>',
    `    <id>${xmlText(url)}</id>`,
    `    <title>${xmlText(v.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${xmlText(url)}"/>`,
    `    <published>${meta.date.iso}</published>`,
    `    <updated>${(meta.updated ?? meta.date).iso}</updated>`,
  ];
  if (v.author) lines.push(`    <author><name>${xmlText(v.author)}</name></author>`);
  if (v.category) lines.push(`    <category term="${xmlText(v.category)}"/>`);
  for (const k of v.keywords) lines.push(`    <category term="${xmlText(k)}"/>`);
  if (v.summary) lines.push(`    <summary>${xmlText(v.summary)}</summary>`);
  lines.push(`    <content type="html" xml:base="${xmlText(url)}">${xmlText(v.html)}</content>`, '  </entry>');
  return lines;
}

/** The text of an Atom feed. */
export function atomFeed(model: SiteModel, spec: FeedSpec): string {
  const { config } = model;
  const g = globalsOf(model, spec.variant);
  const self = absoluteUrl(config.baseUrl, spec.selfPath);
  const entries = spec.articles.slice(0, FEED_SIZE);
  const newest = entries.reduce((m, a) => Math.max(m, (a.article.meta.updated ?? a.article.meta.date).epoch), 0);
  const updated = entries.length
    ? entries.find((a) => (a.article.meta.updated ?? a.article.meta.date).epoch === newest)!
    : undefined;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${spec.variant}">`,
    `  <id>${xmlText(self)}</id>`,
    `  <title>${xmlText(spec.title)}</title>`,
  ];
  if (spec.subtitle) lines.push(`  <subtitle>${xmlText(spec.subtitle)}</subtitle>`);
  lines.push(
    `  <updated>${updated ? (updated.article.meta.updated ?? updated.article.meta.date).iso : model.now.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(absoluteUrl(config.baseUrl, spec.pagePath))}"/>`,
    `  <author><name>${xmlText(g.site.title)}</name></author>`,
    '  <generator>tongwen</generator>',
  );
  for (const a of entries) lines.push(...entry(model, a, spec.variant));
  lines.push('</feed>', '');
  return lines.join('\n');
}

/** The feeds of a site: per variant, the variant's, then each section's and keyword's (index order). */
export function feedSpecs(model: SiteModel): FeedSpec[] {
  const { config, articles } = model;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const specs: FeedSpec[] = [];
  for (const id of config.variants) {
    const g = globalsOf(model, id);
    const v = VARIANTS[id];
    specs.push({ variant: id, title: g.site.title, subtitle: g.site.description, selfPath: feedPath(config.basePath, v), pagePath: homePath(config.basePath, v), articles });
    for (const taxonomy of TAXONOMIES) {
      if (!taxonomy.feeds) continue;
      for (const k of indexOf(model, taxonomy).keywords) {
        specs.push({
          variant: id,
          title: fillText(g.t.feedTitle, { title: g.site.title, name: k.names[id] }),
          subtitle: '',
          selfPath: termFeedPath(config.basePath, v, taxonomy.segment, k.slug),
          pagePath: termPath(config.basePath, v, taxonomy.segment, k.slug),
          articles: k.articles.slice(0, FEED_SIZE).map((aid) => byId.get(aid)).filter((a): a is SiteArticle => a !== undefined),
        });
      }
    }
  }
  return specs;
}

/** Every feed as an output. */
export function feedOutputs(model: SiteModel, only?: (spec: FeedSpec) => boolean): DataOutput[] {
  return feedSpecs(model).filter((spec) => !only || only(spec)).map((spec) => ({
    kind: 'feed',
    variant: spec.variant,
    file: outputFile(spec.selfPath, model.config.basePath),
    text: atomFeed(model, spec),
  }));
}
