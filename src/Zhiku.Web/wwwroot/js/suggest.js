// Search suggestions: completes the word being typed in the search box from /api/v1/suggest (the caller's own view of
// the knowledge base) through the box's <datalist>. Keywords and names with spaces are offered in quotes.
(function () {
  'use strict';
  var box = document.getElementById('q');
  var list = document.getElementById('q-suggestions');
  if (!box || !list || !window.fetch) { return; }
  var timer = null;
  var asked = '';
  var controller = null;

  // The text before the word being typed, and that word (a quoted phrase counts as one word).
  function split(value) {
    var quotes = (value.match(/"/g) || []).length;
    var at = quotes % 2 === 1 ? value.lastIndexOf('"') : Math.max(value.lastIndexOf(' '), value.lastIndexOf(':'), value.lastIndexOf('('));
    return { head: value.slice(0, at + 1).replace(/"$/, ''), word: value.slice(at + 1) };
  }

  function fill(head, suggestions) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    suggestions.forEach(function (s) {
      var option = document.createElement('option');
      option.value = head + (/\s/.test(s.text) ? '"' + s.text + '"' : s.text);
      option.label = s.text + ' (' + s.works + ')';
      list.appendChild(option);
    });
  }

  function ask() {
    var parts = split(box.value);
    var word = parts.word.trim();
    if (word.length === 0 || word === asked) { return; }
    asked = word;
    if (controller) { controller.abort(); }
    controller = window.AbortController ? new AbortController() : null;
    fetch('/api/v1/suggest?q=' + encodeURIComponent(word), {
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' },
      signal: controller ? controller.signal : undefined
    })
      .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
      .then(function (answer) { if (answer.q === word) { fill(parts.head, answer.suggestions || []); } })
      .catch(function () { /* aborted by the next keystroke, or offline: no suggestions */ });
  }

  box.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 120);
  });
})();
