import { h, render } from 'preact';
import { ISLAND_ATTRIBUTE, ISLAND_PROPS_ATTRIBUTE, isIslandName } from '@/components/islands/island-names';
import { parseIslandProps } from '@/components/islands/island-props';
import { ISLAND_REGISTRY } from '@/components/islands/island-registry';

// Start an island's download a little before it scrolls into view, so it answers by the time it is read.
const NEAR_SCREEN = '600px 0px';
// The rest wake while the browser is idle, one per idle moment: a keyboard user tabbing through the
// page must find every control live, and disabled controls cannot take focus.
const IDLE_TIMEOUT_MS = 2000;

function propsOf(element: Element): Record<string, unknown> {
  const id = element.getAttribute(ISLAND_PROPS_ATTRIBUTE);
  const script = id === null ? null : document.querySelector(`script[${ISLAND_PROPS_ATTRIBUTE}="${CSS.escape(id)}"]`);
  return parseIslandProps(script?.textContent);
}

const woken = new WeakSet<Element>();

async function wake(element: Element): Promise<void> {
  if (woken.has(element)) return;
  woken.add(element);
  const name = element.getAttribute(ISLAND_ATTRIBUTE) ?? '';
  if (!isIslandName(name)) return;
  const Component = await ISLAND_REGISTRY[name].load();
  // The server's still, disabled copy makes way for the live part (render alone would keep it beside).
  const props = propsOf(element);
  element.replaceChildren();
  render(h(Component as never, props), element);
  element.setAttribute('data-island-ready', '');
}

function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(task, 200);
}

/** Wakes the islands still asleep one at a time, each in its own idle moment. */
function wakeTheRestWhenIdle(sleeping: Element[]): void {
  const next = sleeping.find((element) => !woken.has(element));
  if (!next) return;
  whenIdle(() => {
    void wake(next).finally(() => wakeTheRestWhenIdle(sleeping));
  });
}

/** Finds the page's islands and brings each to life: at once, when it comes near the screen, or when the browser is idle. */
export function startIslands(root: ParentNode = document): void {
  const elements = [...root.querySelectorAll(`[${ISLAND_ATTRIBUTE}]`)];
  const observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (!entry.isIntersecting) continue;
              observer?.unobserve(entry.target);
              void wake(entry.target);
            }
          },
          { rootMargin: NEAR_SCREEN },
        )
      : null;
  const later: Element[] = [];
  for (const element of elements) {
    const name = element.getAttribute(ISLAND_ATTRIBUTE) ?? '';
    if (!isIslandName(name)) continue;
    if (ISLAND_REGISTRY[name].when === 'now' || observer === null) {
      void wake(element);
    } else {
      observer.observe(element);
      later.push(element);
    }
  }
  wakeTheRestWhenIdle(later);
}
