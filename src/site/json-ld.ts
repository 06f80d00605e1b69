/**
 * schema.org data for search engines, as JSON-LD: `BreadcrumbList` on
 * listings, `NewsArticle` on articles. Serialized script-safe, because the
 * text goes inside `<script type="application/ld+json">` verbatim: `<`, `>`
 * and `&` are escaped (no `</script>` or `<!--` can end the script early)
 * and so are U+2028/U+2029 (line terminators to older JavaScript parsers).
 */

/** JSON that can sit inside a `<script>` element as is; parses back to the same value. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** One step of a breadcrumb trail: its name and absolute URL. */
export type Crumb = { name: string; url: string };

/** A `BreadcrumbList` from the home page down to the page itself. */
export function breadcrumbList(crumbs: readonly Crumb[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

/** What a `NewsArticle` says: all in the page's variant, URLs absolute, dates ISO 8601. */
export interface NewsArticleFields {
  url: string;
  headline: string;
  description: string;
  datePublished: string;
  dateModified: string;
  /** Author's name; the publisher stands in when the article names none. */
  author: string;
  publisher: string;
  inLanguage: string;
  keywords: readonly string[];
  section: string;
  /** Absolute image URLs (may be empty). */
  images: readonly string[];
}

/** A schema.org `NewsArticle`. */
export function newsArticle(f: NewsArticleFields): Record<string, unknown> {
  const out: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': f.url },
    url: f.url,
    headline: f.headline,
    datePublished: f.datePublished,
    dateModified: f.dateModified,
    author: f.author ? { '@type': 'Person', name: f.author } : { '@type': 'Organization', name: f.publisher },
    publisher: { '@type': 'Organization', name: f.publisher },
    inLanguage: f.inLanguage,
  };
  if (f.description) out.description = f.description;
  if (f.keywords.length) out.keywords = f.keywords.join(', ');
  if (f.section) out.articleSection = f.section;
  if (f.images.length) out.image = [...f.images];
  return out;
}
