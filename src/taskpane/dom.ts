/**
 * The pane's only way to build markup: elements from createElement, text from text nodes,
 * attributes from an allow-list. Workbook text (sheet names, project names, messages) can
 * therefore never become markup; no innerHTML anywhere in the pane.
 */
export type AttrValue = string | number | boolean | null | undefined;
export type Listeners = { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
export type Attrs = { on?: Listeners } & { [name: string]: AttrValue | Listeners };
export type Child = Node | string | number | null | undefined | false;

const SAFE_NAME = /^(id|class|role|type|title|tabindex|hidden|disabled|checked|value|for|name|open|scope|colspan|rowspan|max|min|lang|download|href|data-[a-z0-9-]+|aria-[a-z]+)$/;

/** Whether `name="value"` may be set from code: no event-handler attributes, no script URLs. */
export function isSafeAttribute(name: string, value: string): boolean {
  if (!SAFE_NAME.test(name)) return false;
  if (name === "href") return value.startsWith("#") || value.startsWith("blob:");
  return true;
}

/** `h("button", {class: "x", on: {click}}, "text")`: an element, its attributes and its children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === "on") {
      for (const [type, listener] of Object.entries((value ?? {}) as Record<string, EventListener>)) el.addEventListener(type, listener);
      continue;
    }
    if (value === false || value === null || value === undefined) continue;
    const text = value === true ? "" : String(value);
    if (!isSafeAttribute(name, text)) throw new Error(`unsafe attribute ${name}`);
    el.setAttribute(name, text);
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** The element with `data-testid`, which the static page guarantees. */
export function byTestId<T extends HTMLElement = HTMLElement>(id: string, root: ParentNode = document): T {
  const el = root.querySelector<T>(`[data-testid="${id}"]`);
  if (!el) throw new Error(`taskpane.html lacks data-testid="${id}"`);
  return el;
}
