/**
 * `robots.txt`: every crawler may read everything, and the two sitemaps are
 * named with absolute URLs. Written at the output folder's root; crawlers
 * read it only at a host's root, so a site under a base path (`/news/`) must
 * have it served (or merged) there. A site's own `static/robots.txt` takes
 * its place (the output is `overridable`).
 */
import type { SiteConfig } from '../config/config.js';
import { outputFile, type DataOutput } from './output-types.js';
import { absoluteUrl, newsSitemapPath, robotsPath, sitemapPath } from './urls.js';

/** The text of robots.txt. */
export function robotsTxt(config: SiteConfig): string {
  return [
    'User-agent: *',
    'Disallow:',
    '',
    `Sitemap: ${absoluteUrl(config.baseUrl, sitemapPath(config.basePath))}`,
    `Sitemap: ${absoluteUrl(config.baseUrl, newsSitemapPath(config.basePath))}`,
    '',
  ].join('\n');
}

/** robots.txt as an output. */
export function robotsOutput(config: SiteConfig): DataOutput {
  return { kind: 'robots', variant: undefined, file: outputFile(robotsPath(config.basePath), config.basePath), text: robotsTxt(config), overridable: true };
}
