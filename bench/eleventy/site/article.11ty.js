// One page per article and variant: Markdown → HTML (markdown-it), then the text converted to the variant's script.
import markdownIt from 'markdown-it';

const md = markdownIt({ html: false });
const esc = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

export const data = {
  pagination: { data: 'variants', size: 1, alias: 'item' },
  permalink: (d) => `/${d.item.variant}/${d.item.slug}/index.html`,
};

export function render({ item, convert }) {
  const c = convert[item.variant];
  const title = c(String(item.data.title ?? ''));
  return `<!doctype html><html lang="${item.variant}"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><article><h1>${esc(title)}</h1>${item.data.summary ? `<p>${esc(c(String(item.data.summary)))}</p>` : ''}${c(md.render(item.body))}</article></body></html>\n`;
}
