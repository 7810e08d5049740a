/**
 * Calls `onSeen` once, the first time the element is on screen while the page
 * is visible: not for a tab opened in the background, a prerendered page, or
 * an embed scrolled out of sight. Returns the function that stops watching.
 */
export function watchFirstSight(element: Element, onSeen: () => void): () => void {
  let onScreen = typeof IntersectionObserver !== 'function';
  let done = false;
  const observer = onScreen
    ? null
    : new IntersectionObserver((entries) => {
        onScreen = entries.some((entry) => entry.isIntersecting);
        check();
      });

  function stop() {
    // An observer callback already queued can still arrive after disconnect().
    done = true;
    observer?.disconnect();
    document.removeEventListener('visibilitychange', check);
  }

  function check() {
    if (done || !onScreen || document.visibilityState !== 'visible') return;
    stop();
    onSeen();
  }

  observer?.observe(element);
  document.addEventListener('visibilitychange', check);
  check();
  return stop;
}
