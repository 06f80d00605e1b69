/*
 * tongwen offline search: reads the variant's search.json (titles, keywords
 * and a Traditional→Simplified character map), normalizes index and query the
 * same way (NFKC, lower case, mapped characters), so 英伟达, 英偉達 and 偉達
 * find the same articles, then ranks: keyword exact > keyword substring >
 * title substring, newer first. Plain browser JavaScript, no framework.
 * The pure part is exposed as `TongwenSearch` (also usable outside a browser).
 */
(function () {
  'use strict';

  /** A normalizer from the map string (Traditional and Simplified code points alternating). */
  function makeNormalizer(map) {
    var cps = Array.from(map || '');
    var m = new Map();
    for (var i = 0; i + 1 < cps.length; i += 2) m.set(cps[i], cps[i + 1]);
    return function (text) {
      var out = '';
      for (var ch of String(text).normalize('NFKC').toLowerCase()) out += m.has(ch) ? m.get(ch) : ch;
      return out;
    };
  }

  /** Prepares loaded search data for queries. */
  function prepare(data) {
    var norm = makeNormalizer(data.map);
    var keywords = data.k.map(function (k, i) {
      var forms = [];
      [k[0]].concat(k[3] || []).forEach(function (name) {
        var n = norm(name);
        if (forms.indexOf(n) < 0) forms.push(n);
      });
      return { index: i, name: k[0], slug: k[1], count: k[2], forms: forms };
    });
    var articles = data.a.map(function (a, i) {
      return { order: i, title: a[0], path: a[1], day: a[2], keywords: a[3] || [], norm: norm(a[0]) };
    });
    return { home: data.home, norm: norm, keywords: keywords, articles: articles };
  }

  /** Splits a query into normalized terms (spaces and punctuation separate terms). */
  function terms(index, query) {
    return index.norm(query).split(/[\s\p{P}]+/u).filter(function (t) { return t !== ''; });
  }

  /**
   * Whether `text` contains `term`: anywhere for Chinese (偉達 in 英偉達), at the
   * start of a word for Latin letters and digits (ai in "ai chip", not in "email").
   */
  function contains(text, term) {
    var latin = /^[a-z0-9]/.test(term);
    for (var at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      if (!latin || at === 0 || !/[a-z0-9]/.test(text.charAt(at - 1))) return true;
    }
    return false;
  }

  /** How well keyword forms match a term: 3 exact, 2 substring, 0 none. */
  function keywordTier(kw, term) {
    var best = 0;
    for (var f of kw.forms) {
      if (f === term) return 3;
      if (contains(f, term)) best = 2;
    }
    return best;
  }

  /**
   * Searches; returns { terms, keywords, articles, total } with at most `limit`
   * articles. Every term must match an article's keywords or title.
   */
  function search(index, query, limit) {
    var ts = terms(index, query);
    var result = { terms: ts, keywords: [], articles: [], total: 0 };
    if (ts.length === 0) return result;
    var tiers = ts.map(function (t) {
      return index.keywords.map(function (kw) { return keywordTier(kw, t); });
    });
    result.keywords = index.keywords
      .filter(function (kw) { return tiers.every(function (row) { return row[kw.index] > 0; }); })
      .sort(function (a, b) {
        var ea = tiers.every(function (row) { return row[a.index] === 3; }) ? 1 : 0;
        var eb = tiers.every(function (row) { return row[b.index] === 3; }) ? 1 : 0;
        return eb - ea || b.count - a.count || a.index - b.index;
      })
      .slice(0, 12);
    var hits = [];
    for (var a of index.articles) {
      var score = 0;
      for (var j = 0; j < ts.length; j++) {
        var best = 0;
        for (var k of a.keywords) best = Math.max(best, tiers[j][k] || 0);
        if (best === 0 && contains(a.norm, ts[j])) best = 1;
        if (best === 0) { score = -1; break; }
        score += best;
      }
      if (score > 0) hits.push({ article: a, score: score });
    }
    hits.sort(function (x, y) { return y.score - x.score || x.article.order - y.article.order; });
    result.total = hits.length;
    result.articles = hits.slice(0, limit || 50).map(function (h) { return h.article; });
    return result;
  }

  /** `2024-06-26` → `2024年6月26日` (the same in both scripts). */
  function displayDay(day) {
    var p = String(day).split('-');
    return p.length === 3 ? Number(p[0]) + '年' + Number(p[1]) + '月' + Number(p[2]) + '日' : String(day);
  }

  function urlOf(index, path) {
    return encodeURI(path.charAt(0) === '/' ? path : index.home + path);
  }

  var api = { makeNormalizer: makeNormalizer, prepare: prepare, search: search, displayDay: displayDay };
  globalThis.TongwenSearch = api;

  if (typeof document === 'undefined') return;

  function start() {
    var root = document.getElementById('tongwen-search');
    if (!root) return;
    var input = document.getElementById('search-input');
    var status = document.getElementById('search-status');
    var kwList = document.getElementById('search-keywords');
    var list = document.getElementById('search-results');
    var texts = JSON.parse(root.getAttribute('data-texts') || '{}');
    var index = null;

    function el(tag, attrs, text) {
      var e = document.createElement(tag);
      for (var k in attrs) e.setAttribute(k, attrs[k]);
      if (text !== undefined) e.textContent = text;
      return e;
    }

    function render() {
      var q = input.value;
      var url = new URL(location.href);
      if (q) url.searchParams.set('q', q); else url.searchParams.delete('q');
      history.replaceState(null, '', url);
      // The variant switcher keeps the query: the same search in the other script.
      Array.prototype.forEach.call(document.querySelectorAll('nav.switcher a[hreflang]'), function (a) {
        var target = new URL(a.getAttribute('href'), location.href);
        if (q) target.searchParams.set('q', q); else target.searchParams.delete('q');
        a.setAttribute('href', target.pathname + target.search);
      });
      kwList.textContent = '';
      list.textContent = '';
      if (!index) return;
      var r = search(index, q, 100);
      if (r.terms.length === 0) { status.textContent = ''; return; }
      status.textContent = r.total === 0 ? texts.noResults : String(texts.results || '{n}').replace('{n}', r.total);
      r.keywords.forEach(function (kw) {
        var li = el('li');
        var a = el('a', { href: encodeURI(index.home + 'keywords/' + kw.slug + '/'), rel: 'tag' }, kw.name);
        li.appendChild(a);
        li.appendChild(el('small', {}, ' ' + kw.count));
        kwList.appendChild(li);
      });
      r.articles.forEach(function (a) {
        var li = el('li');
        li.appendChild(el('a', { href: urlOf(index, a.path) }, a.title));
        li.appendChild(document.createTextNode(' '));
        li.appendChild(el('time', { datetime: a.day }, displayDay(a.day)));
        list.appendChild(li);
      });
    }

    input.value = new URL(location.href).searchParams.get('q') || '';
    input.addEventListener('input', render);
    root.querySelector('form').addEventListener('submit', function (e) { e.preventDefault(); render(); });
    status.textContent = texts.loading || '';
    fetch(root.getAttribute('data-src'))
      .then(function (res) {
        if (!res.ok) throw new Error(res.status + ' ' + res.statusText);
        return res.json();
      })
      .then(function (data) {
        index = prepare(data);
        root.setAttribute('data-ready', 'true');
        status.textContent = '';
        render();
      })
      .catch(function (err) {
        status.textContent = (texts.failed || 'Search data could not be loaded') + ': ' + err.message;
      });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
