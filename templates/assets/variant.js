/*
 * tongwen: the reader's variant.
 *
 * - On the root chooser (`.choices[data-redirect]`), send the reader to a
 *   variant: first the one they chose before (remembered in localStorage),
 *   then the first of the browser's languages (navigator.languages) that
 *   matches one of the site's variants. Without JavaScript, or when nothing
 *   matches, the chooser stays: every variant is a plain link.
 * - Everywhere, remember the variant the reader picks in the switcher or on
 *   the chooser.
 *
 * A file, not inline code, so a Content-Security-Policy may allow only the
 * site's own scripts; no inline event handlers.
 */
(function () {
  'use strict';
  var KEY = 'tongwen-variant';

  function load() {
    try { return window.localStorage.getItem(KEY); } catch (e) { return null; }
  }
  function save(id) {
    try { window.localStorage.setItem(KEY, id); } catch (e) { /* storage off: nothing remembered */ }
  }

  /* The variant a language tag asks for, among the site's `ids` (BCP 47, case-insensitive). */
  function variantFor(tag, ids) {
    var t = String(tag).toLowerCase();
    var exact = ids.filter(function (id) { return id.toLowerCase() === t; })[0];
    if (exact) return exact;
    if (t !== 'zh' && t.indexOf('zh-') !== 0) return null;
    var hant = /^zh-(hant|tw|hk|mo)\b/.test(t);
    var hk = /^zh-(hk|mo)\b|^zh-hant-(hk|mo)\b/.test(t);
    var tw = /^zh-tw\b|^zh-hant-tw\b/.test(t);
    var order = hant
      ? (hk ? ['zh-HK', 'zh-Hant', 'zh-TW'] : tw ? ['zh-TW', 'zh-Hant', 'zh-HK'] : ['zh-Hant', 'zh-TW', 'zh-HK'])
      : ['zh-Hans', 'zh-CN'];
    for (var i = 0; i < order.length; i++) {
      for (var j = 0; j < ids.length; j++) if (ids[j].toLowerCase() === order[i].toLowerCase()) return ids[j];
    }
    return null;
  }

  function redirect(chooser) {
    var links = chooser.querySelectorAll('a[hreflang]');
    var byId = {};
    var ids = [];
    for (var i = 0; i < links.length; i++) {
      var id = links[i].getAttribute('hreflang');
      byId[id] = links[i].getAttribute('href');
      ids.push(id);
    }
    var chosen = load();
    if (!chosen || !byId[chosen]) {
      chosen = null;
      var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
      for (var k = 0; k < langs.length && !chosen; k++) chosen = variantFor(langs[k], ids);
    }
    if (chosen && byId[chosen]) window.location.replace(byId[chosen]);
  }

  function remember(event) {
    var a = event.target && event.target.closest ? event.target.closest('a[hreflang]') : null;
    if (a && a.closest('.switcher, .choices')) save(a.getAttribute('hreflang'));
  }

  document.addEventListener('click', remember);
  var chooser = document.querySelector('.choices[data-redirect]');
  if (chooser) redirect(chooser);
})();
