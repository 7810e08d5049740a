/**
 * True when this page is framed by a page of another origin. Browsers keep a
 * cross-site frame's storage apart from the site's own (or refuse it), so
 * comments kept there are not the ones a reader left on the site itself.
 */
export function isFramedByOtherOrigin(win: Window): boolean {
  if (win.top === win) return false;
  try {
    // Reading another origin's location throws: that is the answer.
    return win.top?.location.origin !== win.location.origin;
  } catch {
    return true;
  }
}
