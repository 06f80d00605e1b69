/*
 * tongwen offline full-text search. Reads the variant's search.json
 * (keywords, where the index is), then the shared index's meta.json (the
 * Traditional→Simplified character map, the first token of each chunk,
 * document lengths); a query loads only the chunks holding its tokens and
 * the fragments (title, URL, text in the page's variant) of the results it
 * shows. Query and index are folded the same way (NFKC, lower case, mapped
 * characters), so 英伟达, 英偉達 and 偉達 find the same articles. Chinese is
 * matched by character bigrams (inside words); Latin words whole, by prefix
 * from three letters. Ranking: BM25 over the body, plus title, keyword and
 * heading boosts, exact phrase before scattered terms, newer first on ties.
 * Plain browser JavaScript, no framework; the pure part is `TongwenSearch`.
 */
(function () {
  'use strict';

  var FIELD_TITLE = 1, FIELD_KEYWORD = 2, FIELD_META = 4;
  var HAN = /\p{Script=Han}/u;

  /** A normalizer from the map string (Traditional and Simplified code points alternating). */
  function makeNormalizer(map) {
    var cps = Array.from(map || '');
    var m = new Map();
    for (var i = 0; i + 1 < cps.length; i += 2) m.set(cps[i], cps[i + 1]);
    var fold = function (text) {
      return String(text).normalize('NFKC').toLowerCase().replace(/\p{Script=Han}/gu, function (ch) { return m.has(ch) ? m.get(ch) : ch; });
    };
    fold.char = function (ch) { return fold(ch); };
    return fold;
  }

  /** Query terms: runs of Han characters or of letters and digits, folded. */
  function terms(norm, query) {
    var out = [];
    // As the index cuts text: Han runs, and runs of other letters and digits (AI芯片 is `ai` and 芯片).
    for (var m of norm(query).matchAll(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu)) out.push(m[0]);
    return out;
  }

  /** The tokens a term needs: bigrams of a Han term (or the character alone), the word itself for Latin. */
  function termTokens(term) {
    if (!HAN.test(term.charAt(0))) return [term];
    var chars = Array.from(term);
    if (chars.length === 1) return [term];
    var out = [];
    for (var i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    return out;
  }

  /** Index of the chunk that would hold `token` (binary search over first tokens). */
  function chunkOf(firsts, token) {
    var lo = 0, hi = firsts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (firsts[mid] <= token) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /**
   * A search engine over an index. `load(path)` returns a Promise of parsed
   * JSON for a path relative to the index folder (fetch in the browser, the
   * file system in tests).
   */
  function engine(meta, load) {
    var norm = makeNormalizer(meta.map);
    var chunks = new Map();
    function chunk(i) {
      if (!chunks.has(i)) chunks.set(i, load('c/' + i + '.json'));
      return chunks.get(i);
    }
    /** Postings of a token, or of every token it begins (`prefix`): Map doc → [tf, fields, exact]. */
    function postings(token, prefix) {
      var from = chunkOf(meta.chunks, token);
      var to = prefix ? chunkOf(meta.chunks, token + '\uffff') : from;
      var wanted = [];
      for (var i = from; i <= to; i++) wanted.push(chunk(i));
      return Promise.all(wanted).then(function (loaded) {
        var out = new Map();
        loaded.forEach(function (c) {
          for (var t in c) {
            if (t !== token && !(prefix && t.indexOf(token) === 0)) continue;
            var list = c[t], doc = 0;
            for (var j = 0; j + 1 < list.length; j += 2) {
              doc += list[j];
              var code = list[j + 1], prev = out.get(doc);
              var entry = [code >> 3, code & 7, t === token];
              if (!prev || (entry[2] && !prev[2]) || entry[0] > prev[0]) out.set(doc, prev ? [Math.max(prev[0], entry[0]), prev[1] | entry[1], prev[2] || entry[2]] : entry);
            }
          }
        });
        return out;
      });
    }

    /** Searches; resolves to { terms, hits: [{ doc, score }] } best first. */
    function search(query) {
      var ts = terms(norm, query);
      if (ts.length === 0) return Promise.resolve({ terms: ts, hits: [] });
      var n = meta.len.length, avg = meta.avg || 1;
      var perTerm = ts.map(function (term) {
        var latin = !HAN.test(term.charAt(0));
        var prefix = latin && term.length >= 3;
        var tokens = termTokens(term);
        // The bigram joining this term to the next Han term: present when they are written as one phrase.
        return Promise.all(tokens.map(function (t) { return postings(t, prefix); })).then(function (lists) {
          return { term: term, latin: latin, lists: lists };
        });
      });
      var joins = [];
      for (var i = 0; i + 1 < ts.length; i++) {
        var a = ts[i], b = ts[i + 1];
        if (HAN.test(a.charAt(a.length - 1)) && HAN.test(b.charAt(0))) joins.push(postings(Array.from(a).pop() + Array.from(b)[0], false));
      }
      return Promise.all([Promise.all(perTerm), Promise.all(joins)]).then(function (r) {
        var matched = r[0], joined = r[1];
        // Documents that hold every token of every term.
        var candidates = null;
        matched.forEach(function (m) {
          m.lists.forEach(function (list) {
            if (candidates === null) candidates = Array.from(list.keys());
            else candidates = candidates.filter(function (d) { return list.has(d); });
          });
        });
        var hits = (candidates || []).map(function (doc) {
          var len = meta.len[doc] || avg;
          var score = 0;
          matched.forEach(function (m) {
            var termScore = 0, fields = 7;
            m.lists.forEach(function (list) {
              var p = list.get(doc);
              var idf = Math.log(1 + (n - list.size + 0.5) / (list.size + 0.5));
              var tf = p[0];
              termScore += idf * (tf * 2.2) / (tf + 1.2 * (0.25 + 0.75 * len / avg));
              fields &= p[1];
              if (m.latin && !p[2]) termScore -= idf * 0.5;
            });
            termScore /= m.lists.length;
            var idfAll = m.lists.reduce(function (s, list) { return s + Math.log(1 + n / (list.size + 0.5)); }, 0) / m.lists.length;
            if (fields & FIELD_TITLE) termScore += 3 * idfAll;
            if (fields & FIELD_KEYWORD) termScore += 2 * idfAll;
            if (fields & FIELD_META) termScore += 0.7 * idfAll;
            score += termScore;
          });
          // Exact phrase: every joining bigram present.
          if (joined.length && joined.every(function (list) { return list.has(doc); })) score *= 1.5;
          return { doc: doc, score: score };
        });
        hits.sort(function (x, y) { return y.score - x.score || x.doc - y.doc; });
        return { terms: ts, hits: hits };
      });
    }
    return { norm: norm, search: search };
  }

  /**
   * The excerpt of `text` around the first match of any term, as parts
   * [[text, highlighted?], …]: folding is per character, so positions in
   * the folded text are positions in the text.
   */
  function excerpt(norm, text, ts, width) {
    width = width || 80;
    var chars = Array.from(text);
    var folded = chars.map(function (c) { var f = norm(c); return f.length === 1 || Array.from(f).length === 1 ? f : c.toLowerCase(); });
    var marks = new Array(chars.length).fill(false);
    var first = -1;
    ts.forEach(function (t) {
      var tc = Array.from(t);
      for (var i = 0; i + tc.length <= chars.length; i++) {
        var ok = true;
        for (var j = 0; j < tc.length && ok; j++) ok = folded[i + j] === tc[j];
        if (!ok) continue;
        if (!HAN.test(tc[0]) && ((i > 0 && /[a-z0-9]/.test(folded[i - 1])) || (tc.length < 3 && i + tc.length < chars.length && /[a-z0-9]/.test(folded[i + tc.length])))) continue;
        for (var k = 0; k < tc.length; k++) marks[i + k] = true;
        if (first < 0 || i < first) first = i;
      }
    });
    var start = first < 0 ? 0 : Math.max(0, first - Math.floor(width / 3));
    var end = Math.min(chars.length, start + width);
    var parts = [];
    if (start > 0) parts.push(['…', false]);
    for (var i = start; i < end; i++) {
      var last = parts[parts.length - 1];
      if (last && last[1] === marks[i] && !(i === start && start > 0)) last[0] += chars[i];
      else parts.push([chars[i], marks[i]]);
    }
    if (end < chars.length) parts.push(['…', false]);
    return { parts: parts, found: first >= 0 };
  }

  /** Keywords whose name or aliases contain every term (exact names first). */
  function matchKeywords(norm, keywords, ts) {
    if (ts.length === 0) return [];
    return keywords.map(function (k, i) {
      var forms = [k[0]].concat(k[3] || []).map(norm);
      var exact = forms.indexOf(ts.join('')) >= 0 || forms.indexOf(ts.join(' ')) >= 0;
      var all = ts.every(function (t) { return forms.some(function (f) { return f.indexOf(t) >= 0; }); });
      return { name: k[0], slug: k[1], count: k[2], exact: exact, all: all, i: i };
    }).filter(function (k) { return k.all; }).sort(function (a, b) {
      return (b.exact ? 1 : 0) - (a.exact ? 1 : 0) || b.count - a.count || a.i - b.i;
    }).slice(0, 12);
  }

  /** `2024-06-26` → `2024年6月26日` (the same in both scripts). */
  function displayDay(day) {
    var p = String(day).split('-');
    return p.length === 3 ? Number(p[0]) + '年' + Number(p[1]) + '月' + Number(p[2]) + '日' : String(day);
  }

  var api = { makeNormalizer: makeNormalizer, terms: terms, engine: engine, excerpt: excerpt, matchKeywords: matchKeywords, displayDay: displayDay };
  globalThis.TongwenSearch = api;

  if (typeof document === 'undefined') return;

  var PAGE = 10;

  function start() {
    var root = document.getElementById('tongwen-search');
    if (!root) return;
    var input = document.getElementById('search-input');
    var status = document.getElementById('search-status');
    var kwList = document.getElementById('search-keywords');
    var list = document.getElementById('search-results');
    var more = document.getElementById('search-more');
    var texts = JSON.parse(root.getAttribute('data-texts') || '{}');
    var data = null, eng = null, shown = 0, current = null, generation = 0;
    var fragments = new Map();

    function el(tag, attrs, text) {
      var e = document.createElement(tag);
      for (var k in attrs) e.setAttribute(k, attrs[k]);
      if (text !== undefined) e.textContent = text;
      return e;
    }
    function load(path) {
      return fetch(data.index + path).then(function (res) {
        if (!res.ok) throw new Error(res.status + ' ' + res.statusText);
        return res.json();
      });
    }
    function fragment(doc) {
      if (!fragments.has(doc)) fragments.set(doc, load(data.dir + '/' + doc + '.json'));
      return fragments.get(doc);
    }
    function highlighted(tag, parts, attrs) {
      var e = el(tag, attrs || {});
      parts.forEach(function (p) { e.appendChild(p[1] ? el('mark', {}, p[0]) : document.createTextNode(p[0])); });
      return e;
    }

    function showMore() {
      if (!current) return;
      var mine = generation, r = current, from = shown;
      var page = r.hits.slice(from, from + PAGE);
      shown = from + page.length;
      more.hidden = shown >= r.hits.length;
      Promise.all(page.map(function (h) { return fragment(h.doc); })).then(function (frags) {
        if (mine !== generation) return;
        // On this page, an article holding the whole query as written comes first.
        var phrase = r.terms.join('');
        var rows = frags.map(function (f, i) {
          var x = excerpt(eng.norm, f.x, r.terms, 90);
          var whole = eng.norm(f.t + ' ' + f.x).replace(/\s+/g, '').indexOf(phrase) >= 0;
          return { f: f, x: x, whole: whole, i: i };
        });
        if (r.terms.length > 1) rows.sort(function (a, b) { return (b.whole ? 1 : 0) - (a.whole ? 1 : 0) || a.i - b.i; });
        rows.forEach(function (row) {
          var li = el('li');
          var a = highlighted('a', excerpt(eng.norm, row.f.t, r.terms, 200).parts, { href: encodeURI(row.f.u) });
          li.appendChild(a);
          li.appendChild(document.createTextNode(' '));
          li.appendChild(el('time', { datetime: row.f.d }, displayDay(row.f.d)));
          if (row.x.found || row.f.x) li.appendChild(highlighted('p', row.x.parts, { class: 'excerpt' }));
          list.appendChild(li);
        });
        root.setAttribute('data-shown', String(shown));
      });
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
      if (!eng) return;
      var mine = ++generation;
      var started = performance.now();
      eng.search(q).then(function (r) {
        if (mine !== generation) return;
        kwList.textContent = '';
        list.textContent = '';
        current = r;
        shown = 0;
        more.hidden = true;
        if (r.terms.length === 0) { status.textContent = ''; return; }
        status.textContent = r.hits.length === 0 ? texts.noResults : String(texts.results || '{n}').replace('{n}', r.hits.length);
        if (r.hits.length === 0) root.setAttribute('data-shown', '0');
        matchKeywords(eng.norm, data.k, r.terms).forEach(function (kw) {
          var li = el('li');
          li.appendChild(el('a', { href: encodeURI(data.home + 'keywords/' + kw.slug + '/'), rel: 'tag' }, kw.name));
          li.appendChild(el('small', {}, ' ' + kw.count));
          kwList.appendChild(li);
        });
        root.setAttribute('data-ms', String(Math.round(performance.now() - started)));
        showMore();
      }).catch(function (err) {
        status.textContent = (texts.failed || 'Search failed') + ': ' + err.message;
      });
    }

    input.value = new URL(location.href).searchParams.get('q') || '';
    input.addEventListener('input', render);
    more.addEventListener('click', showMore);
    root.querySelector('form').addEventListener('submit', function (e) { e.preventDefault(); render(); });
    status.textContent = texts.loading || '';
    fetch(root.getAttribute('data-src'))
      .then(function (res) {
        if (!res.ok) throw new Error(res.status + ' ' + res.statusText);
        return res.json();
      })
      .then(function (d) {
        data = d;
        return load('meta.json');
      })
      .then(function (meta) {
        eng = engine(meta, load);
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
