// What the focused element shows, for test_accessibility.py; null when nothing has focus.
// Card titles stretch their link over the whole card, and the card draws the ring
// (.card:has(.card__title a:focus-visible)). The ring's colour is compared with what lies
// just outside it (WCAG 1.4.11 asks 3:1), and the element's centre must not be covered by
// something else, such as the sticky "Apply filters" bar (WCAG 2.2, 2.4.11).
() => {
  const focused = document.activeElement;
  if (!focused || focused === document.body) return null;
  const card = focused.closest(".card__title") && focused.closest(".card");
  const ringed = card || focused;
  const style = getComputedStyle(ringed);

  const rgba = (colour) => (colour.match(/[\d.]+/g) || []).map(Number);
  const luminance = ([r, g, b]) => {
    const linear = (c) => {
      c /= 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const contrast = (a, b) => {
    const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (high + 0.05) / (low + 0.05);
  };
  const backgroundOf = (element) => {
    for (let e = element; e; e = e.parentElement) {
      const colour = rgba(getComputedStyle(e).backgroundColor);
      if (colour.length === 3 || colour[3] > 0.5) return colour.slice(0, 3);
    }
    return [255, 255, 255];
  };

  const box = ringed.getBoundingClientRect();
  const outline =
    style.outlineStyle !== "none" &&
    parseFloat(style.outlineWidth) >= 2 &&
    rgba(style.outlineColor)[3] !== 0;
  let ringContrast = null;
  if (outline) {
    // Just outside the ring, above the element (below it if that is off screen).
    const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) + 2;
    const x = box.left + box.width / 2;
    const y = box.top - reach >= 0 ? box.top - reach : box.bottom + reach;
    const behind = document.elementsFromPoint(x, y).find((e) => !ringed.contains(e));
    const ring = rgba(style.outlineColor).slice(0, 3);
    ringContrast = contrast(ring, backgroundOf(behind || ringed.parentElement));
  }

  const clamp = (value, limit) => Math.min(Math.max(value, 0), limit - 1);
  const centre = document.elementFromPoint(
    clamp(box.left + box.width / 2, innerWidth),
    clamp(box.top + box.height / 2, innerHeight),
  );
  const label = focused.labels && focused.labels[0];
  const visible =
    centre &&
    (ringed.contains(centre) || centre.contains(ringed) || (label && label.contains(centre)));

  return {
    element: focused.outerHTML.slice(0, 120),
    focusVisible: focused.matches(":focus-visible"),
    indicator: outline || style.boxShadow !== "none",
    outline: `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`,
    ringContrast,
    coveredBy: visible ? null : centre ? centre.outerHTML.slice(0, 80) : "nothing",
    onScreen: box.bottom > 0 && box.top < innerHeight,
  };
}
