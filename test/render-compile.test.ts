/**
 * The compiled renderer (render/compile.ts) against LiquidJS's own: every
 * page of the sample and fixture sites byte for byte, and templates that use
 * each construct — the ones compiled natively, the tags LiquidJS runs inside
 * compiled templates, the ones that keep a template on LiquidJS — rendered
 * both ways, leniently and strictly, with the same output or the same error.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../src/build.js';
import { loadTemplates, type Templates } from '../src/render/templates.js';
import { PAGE_TEMPLATES, type PageTemplate } from '../src/site/page-templates.js';
import type { MemorySink } from '../src/output/memory.js';
import { FIXTURES, REPO, SAMPLE_NOW, tempDir, writeSite } from './helpers.js';

async function output(root: string, liquidOnly: boolean): Promise<ReadonlyMap<string, Buffer>> {
  const report = await build({ root, workers: 0, sink: 'memory', now: SAMPLE_NOW, liquidOnly });
  return (report.sink as MemorySink).files;
}

for (const [name, root] of [['the sample site', REPO], ...readdirSync(join(FIXTURES, 'sites')).map((s) => [`fixture site ${s}`, join(FIXTURES, 'sites', s)])] as const) {
  test(`${name}: compiled pages are byte-identical to LiquidJS's`, async () => {
    const { templates } = loadTemplates(root, { timeZone: 'Asia/Shanghai' });
    // Otherwise this would compare LiquidJS with itself.
    for (const t of PAGE_TEMPLATES) assert.ok(templates.compiled(t), `${t} is compiled`);
    const reference = await output(root, true);
    const compiled = await output(root, false);
    assert.deepEqual([...compiled.keys()], [...reference.keys()]);
    for (const [file, bytes] of reference) assert.ok(compiled.get(file)!.equals(bytes), file);
  });
}

/** A site whose article template is `article`, plus other template files; both renderers of it. */
function both(files: Record<string, string>): { fast: Templates; slow: Templates } {
  const root = writeSite(tempDir(), Object.fromEntries(Object.entries(files).map(([k, v]) => [`templates/${k}.liquid`, v])));
  const fast = loadTemplates(root, { timeZone: 'Asia/Shanghai' });
  const slow = loadTemplates(root, { timeZone: 'Asia/Shanghai', compile: false });
  assert.deepEqual(fast.errors, []);
  return { fast: fast.templates, slow: slow.templates };
}

/** Renders with each, strictly and not; the same HTML, or the same error message. */
function same(t: { fast: Templates; slow: Templates }, context: Record<string, unknown>, name: PageTemplate = 'article'): string {
  const attempt = (r: Templates, strict: boolean) => {
    try {
      return r.render(name, structuredClone(context), strict);
    } catch (error) {
      return `ERROR ${(error as Error).message}`;
    }
  };
  for (const strict of [false, true]) assert.equal(attempt(t.fast, strict), attempt(t.slow, strict), `strict: ${strict}`);
  return attempt(t.fast, false);
}

const VALUES = { s: 'a&<>"\'b', blank: '  ', empty: '', zero: 0, no: false, nil: null, list: [1, 'x', [2]], none: [], obj: { k: 'v' }, bare: {}, n: 3.5 };

test('outputs, filters and conditions: the same as LiquidJS for every kind of value', () => {
  const keys = Object.keys(VALUES);
  const checks = keys.map((k) => `{{ v.${k} }}|{{ v.${k} | default: 'D' }}|{{ v.${k}.size }}|{{ v.${k} | json }}|{% if v.${k} %}T{% else %}F{% endif %}`
    + `{% if v.${k} == blank %}B{% endif %}{% if v.${k} != empty %}E{% endif %}{% if v.${k} == nil %}N{% endif %}{% unless v.${k} %}U{% endunless %}`
    + `{% if v.${k} == v.s or v.${k} contains 'x' and v.n > 3 %}C{% elsif v.zero < 1 %}L{% endif %}{% if not v.${k} %}!{% endif %}`).join('\n');
  const t = both({ article: checks + '\n{{ v.s | raw }} {{ v.s | replace: "&", "+" | upcase }} {{ v.list | join: "," }} {{ v.list.first }}-{{ v.list.last }} {{ "2024-06-26T08:00:00Z" | date: "%Y年%m月%d日 %H:%M" }} {{ v.obj["k"] }} {{ v.list[1] }}' });
  const html = same(t, { v: VALUES });
  assert.match(html, /a&amp;&lt;&gt;&#34;&#39;b/, 'output is escaped');
  assert.match(html, /a&<>"'b A\+/, '| raw is not');
});

test('loops: forloop, else, strings and objects, nesting, and break/continue run by LiquidJS inside compiled loops', () => {
  const t = both({
    article: `{% for x in v.list %}{{ forloop.index }}/{{ forloop.length }}{% if forloop.first %}F{% endif %}{% if forloop.last %}L{% endif %}{{ forloop.rindex0 }}={{ x }};{% for y in v.list %}{% if y == 'x' %}{% continue %}{% endif %}{% if forloop.index0 == 2 %}{% break %}{% endif %}[{{ y }}]{% endfor %}{% endfor %}`
      + `|{% for x in v.none %}no{% else %}empty{% endfor %}|{% for x in v.s %}({{ x }}){% endfor %}|{% for p in v.obj %}{{ p[0] }}={{ p[1] }}{% endfor %}|{% for x in nothing %}?{% endfor %}`
      + `|{% for x in (1..4) limit: 2 reversed %}{{ x }}{{ forloop.index }}{% endfor %}|{% for x in v.list offset: 1 %}{{ x }}{% endfor %}|{% for x in v.list %}{{ forloop }}{% endfor %}`,
  });
  assert.ok(t.fast.compiled('article'));
  const html = same(t, { v: VALUES });
  assert.match(html, /1\/3FL?2=1;\[1\]/);
});

test('tags LiquidJS runs inside a compiled template: assign, capture, case, cycle, include, echo, liquid, raw', () => {
  const t = both({
    'partials/inc': '<i>{{ who }}</i>',
    'partials/card': '<b>{{ item }}{{ extra }}</b>{% assign leaked = "no" %}',
    article: `{% assign a = v.s | upcase %}{{ a }}{% capture c %}[{{ v.n }}]{% endcapture %}{{ c }}{% case v.n %}{% when 3.5 %}three{% else %}other{% endcase %}`
      + `{% for x in v.list %}{% cycle 'odd', 'even' %}{% endfor %}{% include 'partials/inc', who: 'me' %}{% echo v.s | size %}`
      + `{% liquid\nassign z = 5\necho z\n%}{% raw %}{{ not rendered }}{% endraw %}{% comment %}gone{% endcomment %}`
      + `{% render 'partials/card', item: v.s, extra: 1 %}{% render 'partials/card', item: 'bare' %}{{ leaked }}`,
  });
  assert.ok(t.fast.compiled('article'));
  const html = same(t, { v: VALUES });
  assert.match(html, /A&amp;&lt;&gt;&#34;&#39;B\[3\.5\]three/);
});

test('layouts and blocks: the page fills the layout, a missing block keeps the layout\'s own, a name given twice renders the first', () => {
  const t = both({
    layout2: '<html>{% block head %}<meta default>{% endblock %}|{% block content %}{% endblock %}|{% block foot %}foot {{ v.n }}{% endblock %}</html>',
    article: '{% layout "layout2" %}{% block content %}<p>{{ v.s }}</p>{% for x in v.list %}{{ x }}{% endfor %}{% endblock %}{% block content %}second{% endblock %}',
    list: '{%- layout "layout2" -%}\n{% block head %}<title>{{ v.n }}</title>{% endblock %}',
  });
  assert.ok(t.fast.compiled('article') && t.fast.compiled('list'));
  assert.match(same(t, { v: VALUES }), /<html><meta default>\|<p>a&amp;.*<\/p>1x2\|foot 3\.5<\/html>/);
  same(t, { v: VALUES }, 'list');
});

test('what the closures cannot mirror stays with LiquidJS, and still renders the same', () => {
  const t = both({
    layout2: '<html>{% block content %}parent {{ v.n }}{% endblock %}</html>',
    article: '{% layout "layout2" %}{% block content %}{{ block.super }} child{% endblock %}',
    list: '{% capture x %}{% block content %}inside{% endblock %}{% endcapture %}{{ x }}',
    section: '{% assign name = "partials/dyn" %}{% render name %}',
    keyword: '{% increment k %}{% increment k %}{{ k }}',
    search: 'a{% render "partials/no-such-partial" %}',
    'partials/dyn': 'dynamic',
  });
  assert.equal(t.fast.compiled('article'), false, 'block.super');
  assert.equal(t.fast.compiled('list'), false, 'a block in a captured tag');
  assert.equal(t.fast.compiled('keyword'), false, 'increment writes into the page data');
  assert.equal(same(t, { v: VALUES }), '<html>parent 3.5 child</html>');
  same(t, { v: VALUES }, 'list');
  same(t, { v: VALUES }, 'section');
  assert.equal(same(t, { v: VALUES }, 'keyword'), '012');
  assert.equal(t.fast.compiled('search'), false, 'a partial that is not there');
  assert.match(same(t, { v: VALUES }, 'search'), /^ERROR .*no-such-partial/);
});

test('strict pages: an undefined variable is LiquidJS\'s error (template and line); conditions and default stay lenient', () => {
  const t = both({ article: '{% if missing %}x{% endif %}{{ missing | default: "d" }}{% unless v.missing %}u{% endunless %}\n{{ v.s }}\n{{ artcle.title }}' });
  assert.ok(t.fast.compiled('article'));
  assert.throws(() => t.fast.render('article', { v: VALUES }, true), /artcle/);
  assert.equal(t.fast.render('article', { v: VALUES }, false), 'du\na&amp;&lt;&gt;&#34;&#39;b\n');
  same(t, { v: VALUES });
});
