import type { Page } from 'playwright-core';

/**
 * The look-and-feel checks of one screen as it is now, each returning what is wrong in words
 * (empty: nothing): horizontal overflow of the page, its tables and lists, and controls that
 * take the keyboard focus without showing it.
 */

/** Tab presses per screen at most: more than any screen has controls, so a cycle ends first. */
const MAX_TABS = 250;

/**
 * The page, and every table and list (with the scroller it sits in), must fit its width: a
 * table that needs a sideways scroll at this window size is a table that does not fit.
 */
export function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const name = (element: Element) => {
      const classes = [...element.classList].slice(0, 2).join('.');
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
      return `<${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''}> "${text}"`;
    };
    const overflows = (element: Element) => element.scrollWidth > element.clientWidth + 1;
    const problems: string[] = [];
    const root = document.documentElement;
    if (overflows(root))
      problems.push(`the page is ${root.scrollWidth}px wide in ${root.clientWidth}px`);
    for (const box of document.querySelectorAll('table, ul, ol')) {
      if (box.closest('.visually-hidden')) continue;
      const boxes: Element[] = [box];
      // A wide table scrolls inside its wrapper rather than overflowing: that wrapper counts.
      for (let up = box.parentElement; up && up !== document.body; up = up.parentElement) {
        const { overflowX } = getComputedStyle(up);
        if (overflowX === 'auto' || overflowX === 'scroll') {
          boxes.push(up);
          break;
        }
      }
      for (const element of boxes) {
        if (overflows(element)) {
          problems.push(
            `${name(element)} is ${element.scrollWidth}px wide in ${element.clientWidth}px`,
          );
        }
      }
    }
    return [...new Set(problems)];
  });
}

interface Focused {
  /** Seen before: the focus has gone round the whole page. */
  again: boolean;
  none: boolean;
  frame: boolean;
  visible: boolean;
  label: string;
}

/**
 * Tabs through every control of the page (until the focus comes round again) and names each
 * that has the focus without an outline or a box-shadow to show it.
 */
export async function controlsWithoutVisibleFocus(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    (window as unknown as { lookAndFeelSeen: WeakSet<Element> }).lookAndFeelSeen = new WeakSet();
  });
  const problems: string[] = [];
  let idle = 0;
  for (let press = 0; press < MAX_TABS; press += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(async (): Promise<Focused> => {
      // After the next frame: a ring set by a focus handler (the PDF frame's) is drawn by then.
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const seen = (window as unknown as { lookAndFeelSeen: WeakSet<Element> }).lookAndFeelSeen;
      const element = document.activeElement;
      if (!element || element === document.body) {
        return { again: false, none: true, frame: false, visible: true, label: '' };
      }
      const again = seen.has(element);
      seen.add(element);
      const style = getComputedStyle(element);
      const outlinedBy = (box: Element) => {
        const boxStyle = getComputedStyle(box);
        return boxStyle.outlineStyle !== 'none' && parseFloat(boxStyle.outlineWidth) > 0;
      };
      // A ring may be drawn around the control by its frame (the editor's :focus-within);
      // only an outline counts there, as cards have shadows anyway.
      let ringed = false;
      for (let up = element.parentElement, level = 0; up && level < 3; up = up.parentElement) {
        ringed ||= up.matches(':focus-within') && outlinedBy(up);
        level += 1;
      }
      const outlined = outlinedBy(element) || ringed;
      const label =
        element.getAttribute('aria-label') ??
        (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
      return {
        again,
        none: false,
        frame: element.tagName === 'IFRAME',
        visible: outlined || style.boxShadow !== 'none',
        label: `<${element.tagName.toLowerCase()}> "${label}"`,
      };
    });
    if (focused.none) {
      // Out of the page (before its first control): two in a row means nothing takes focus.
      idle += 1;
      if (idle > 2) break;
      continue;
    }
    idle = 0;
    // Inside a frame the focus moves within the frame's own page; the frame stays active.
    if (focused.again && focused.frame) continue;
    if (focused.again) break;
    if (!focused.visible) problems.push(focused.label);
  }
  return problems;
}
