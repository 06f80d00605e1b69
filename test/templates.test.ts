/**
 * Templates: text from front matter is HTML-escaped, a site's templates
 * override the built-in ones file by file, and template errors carry the
 * template's path and line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../src/build.js';
import { BuildError } from '../src/core/errors.js';
import { article, readTree, tempDir, writeSite } from './helpers.js';

test('titles, summaries and keywords are HTML-escaped in every page', async () => {
  const root = writeSite(tempDir(), {
    'content/x.md': article({ title: '"<script>alert(1)</script>"', date: '2024-06-26', summary: `'"a" & <b>'`, keywords: '["<i>詞</i>"]', slug: 'x' }),
  });
  const out = join(root, 'dist');
  await build({ root, out, workers: 0 });
  for (const [file, bytes] of readTree(out)) {
    if (!file.endsWith('.html')) continue;
    const html = bytes.toString('utf8');
    assert.doesNotMatch(html, /<script>alert/, file);
    assert.doesNotMatch(html, /<i>詞<\/i>/, file);
  }
  const page = readFileSync(join(out, 'zh-hant/2024/06/x/index.html'), 'utf8');
  assert.match(page, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(page, /<meta name="description" content="(?:&quot;|&#34;)a(?:&quot;|&#34;) &amp; &lt;b&gt;">/);
});

test('a site template overrides the built-in one of the same name; the others still apply', async () => {
  const root = writeSite(tempDir(), {
    'content/x.md': article({ title: '自訂模板', date: '2024-06-26', slug: 'x' }),
    'templates/article.liquid': '{% layout "base" %}{% block content %}<h1 class="custom">{{ article.title }}</h1>{% endblock %}\n',
    'templates/assets/style.css': 'body { color: red }\n',
  });
  const out = join(root, 'dist');
  await build({ root, out, workers: 0 });
  assert.match(readFileSync(join(out, 'zh-hans/2024/06/x/index.html'), 'utf8'), /<h1 class="custom">自订模板<\/h1>/);
  assert.match(readFileSync(join(out, 'zh-hans/index.html'), 'utf8'), /自订模板/, 'the built-in list template still renders the home page');
  assert.equal(readFileSync(join(out, 'assets/style.css'), 'utf8'), 'body { color: red }\n', 'a site asset overrides the built-in one');
});

test('a template syntax error names the site template and its line, and nothing is written', async () => {
  const root = writeSite(tempDir(), {
    'content/x.md': article({ title: '好', date: '2024-06-26' }),
    'templates/partials/extra.liquid': '<p>ok</p>\n<p>{% if x %}never closed</p>\n',
  });
  await assert.rejects(build({ root, out: join(root, 'dist'), workers: 0 }), (e: unknown) => {
    assert.ok(e instanceof BuildError);
    assert.deepEqual(e.errors.map((x) => [x.file, x.line, x.stage]), [['templates/partials/extra.liquid', 2, 'template']]);
    return true;
  });
});

test('the masthead mark is the first character of the title, even outside the Basic Multilingual Plane', async () => {
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': 'title: 𠮷野新聞\n',
    'content/a.md': article({ title: '標題', date: '2024-06-26' }),
  });
  const out = join(root, 'dist');
  await build({ root, out, workers: 0 });
  const hant = readFileSync(join(out, 'zh-hant', 'index.html'), 'utf8');
  assert.match(hant, /<span class="site-mark" aria-hidden="true">𠮷<\/span>/);
  assert.match(readFileSync(join(out, 'zh-hans', 'index.html'), 'utf8'), /<span class="site-mark" aria-hidden="true">𠮷<\/span><span class="site-name">𠮷野新闻<\/span>/);
});

test('an undefined variable in a template is an error at the template and its line (strict variables), not an empty page', async () => {
  const root = writeSite(tempDir(), {
    'content/x.md': article({ title: '好', date: '2024-06-26', slug: 'x' }),
    'templates/article.liquid': '{% layout "base" %}{% block content %}\n<h1>{{ article.title }}</h1>\n<p>{{ artcle.title }}</p>\n{% if newer %}{{ newer.title }}{% endif %}{% endblock %}\n',
  });
  await assert.rejects(build({ root, out: join(root, 'dist'), workers: 0 }), (e: unknown) => {
    assert.ok(e instanceof BuildError);
    const found = e.errors.map((x) => [x.file, x.line, x.stage]);
    assert.ok(found.length >= 1);
    for (const f of found) assert.deepEqual(f, ['templates/article.liquid', 3, 'template']);
    assert.match(e.errors[0]!.message, /artcle/);
    return true;
  });
});

test('an unclosed {% if %} in a page template is reported at the line where it opens', async () => {
  const root = writeSite(tempDir(), {
    'content/x.md': article({ title: '好', date: '2024-06-26' }),
    'templates/article.liquid': '{% layout "base" %}{% block content %}\n<h1>{{ article.title }}</h1>\n\n{% if article.source %}\n<p>{{ article.source }}</p>\n{% endblock %}\n',
  });
  await assert.rejects(build({ root, out: join(root, 'dist'), workers: 0 }), (e: unknown) => {
    assert.ok(e instanceof BuildError);
    assert.deepEqual(e.errors.map((x) => [x.file, x.line]), [['templates/article.liquid', 4]]);
    return true;
  });
});
