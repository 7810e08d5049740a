// Loads the app on a prerendered article page only after the story has been
// painted: the HTML already holds the text, so the JavaScript (views,
// comments, navigation) can wait for the load event instead of competing with
// the first paint on a slow phone. The entry's hashed URL comes from the
// script tag's data-entry attribute, written at build time.
(function () {
  // The reader's text size, applied before the app arrives so the story does
  // not change size under them later. Same key and values as src/reading/
  // (src/reading/boot-script.test.ts runs this file to keep them the same).
  try {
    var size = JSON.parse(localStorage.getItem('broadsheet:text-size:v1') || 'null');
    if (size === 'small' || size === 'large' || size === 'larger') {
      document.documentElement.setAttribute('data-text-size', size);
    }
  } catch (error) {
    // Storage refused or unreadable: the default size is fine.
  }
  var entry = document.currentScript && document.currentScript.getAttribute('data-entry');
  if (!entry || entry.charAt(0) !== '/') return;
  function start() {
    var script = document.createElement('script');
    script.type = 'module';
    script.src = entry;
    document.head.appendChild(script);
  }
  function afterPaint() {
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
  }
  if (document.readyState === 'complete') afterPaint();
  else addEventListener('load', afterPaint, { once: true });
})();
