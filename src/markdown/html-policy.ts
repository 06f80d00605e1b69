/**
 * What the sanitizer may be told by a site (tongwen.config.yaml `html:`) and
 * what no site may allow: plain data, apart from the sanitizer itself
 * (markdown/html.ts), so that reading the config loads no HTML tooling.
 */

/** What a site may add to the sanitizer's allowlist (tongwen.config.yaml `html:`). */
export interface HtmlAllowance {
  /** Extra elements to keep, e.g. `[iframe, video]`. */
  tags?: string[];
  /** Extra attributes per element (`'*'` for all), e.g. `{ iframe: [src, allowfullscreen] }`. */
  attributes?: Record<string, string[]>;
}

/** Elements no site may allow: they run code, restyle or redirect the page, or hide markup from the sanitizer. */
export const NEVER_TAGS = /^(?:script|style|base|meta|link|object|embed|applet|frame|frameset|noscript|template)$/i;
/** Attributes no site may allow: event handlers, inline CSS, a whole document in `srcdoc`, form targets. */
export const NEVER_ATTRIBUTES = /^(?:on.*|style|srcdoc|formaction)$/i;

/** Hosts whose players may be embedded as iframes by default: bilibili, YouTube, Youku, Tencent Video. */
export const DEFAULT_EMBEDS: readonly string[] = ['player.bilibili.com', 'www.bilibili.com', 'www.youtube.com', 'www.youtube-nocookie.com', 'youtube.com', 'player.youku.com', 'v.qq.com'];

/** The sandbox of embedded players: their scripts run, in their own origin, and may go full screen or open a link. */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups';
