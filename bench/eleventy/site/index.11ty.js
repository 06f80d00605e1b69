// The home page of each variant: every article's title, newest first.
export const data = {
  pagination: { data: 'homes', size: 1, alias: 'variant' },
  homes: ['zh-hant', 'zh-hans'],
  permalink: (d) => `/${d.variant}/index.html`,
};

export function render({ variant, variants, convert }) {
  const c = convert[variant];
  const items = variants.filter((a) => a.variant === variant).sort((a, b) => String(b.data.date).localeCompare(String(a.data.date)));
  return `<!doctype html><html lang="${variant}"><head><meta charset="utf-8"></head><body><ul>${items.map((a) => `<li><a href="/${variant}/${a.slug}/">${c(String(a.data.title ?? ''))}</a></li>`).join('')}</ul></body></html>\n`;
}
