/**
 * DOM access that the page cannot redirect. Partner Center renders text we do not control, and named
 * elements shadow built-in properties: `<img name="title">` replaces `document.title`, and an
 * `<input name="parentElement">` inside a form replaces `form.parentElement`. Reading through the
 * prototypes' own getters and methods returns what the DOM really holds.
 */
function getterOf<T>(name: string): (node: Node) => T {
  // Looked up on the node's prototype chain (never the node itself, where named elements appear), once per prototype.
  const byPrototype = new Map<object, (this: Node) => T>();
  return (node) => {
    const proto = Object.getPrototypeOf(node) as object;
    let get = byPrototype.get(proto);
    if (!get) {
      for (let owner: object | null = proto; owner && !get; owner = Object.getPrototypeOf(owner)) {
        get = Object.getOwnPropertyDescriptor(owner, name)?.get as ((this: Node) => T) | undefined;
      }
      if (!get) throw new Error(`no ${name} getter`);
      byPrototype.set(proto, get);
    }
    return get.call(node);
  };
}

const parentGetter = getterOf<Element | null>('parentElement');
const textGetter = getterOf<string | null>('textContent');
const nextSiblingGetter = getterOf<ChildNode | null>('nextSibling');
const childrenGetter = getterOf<HTMLCollection>('children');
const firstElementGetter = getterOf<Element | null>('firstElementChild');
const nextElementGetter = getterOf<Element | null>('nextElementSibling');
const rootGetter = getterOf<Element | null>('documentElement');
const elementQueryAll = Element.prototype.querySelectorAll;
const elementQuery = Element.prototype.querySelector;
const elementGetAttribute = Element.prototype.getAttribute;

export const parentOf = (node: Node): Element | null => parentGetter(node);
export const nextSiblingOf = (node: Node): ChildNode | null => nextSiblingGetter(node);
/** For small parents only: indexing `children` (even `children[0]`) makes Blink count them all, 5,000 rows included. */
export const childrenOf = (element: Element): HTMLCollection => childrenGetter(element);
export const firstElementOf = (element: Element): Element | null => firstElementGetter(element);
export const nextElementOf = (element: Element): Element | null => nextElementGetter(element);
export const rootOf = (doc: Document): Element | null => rootGetter(doc);
export const attributeOf = (element: Element, name: string): string | null => elementGetAttribute.call(element, name);

export function queryAll(root: Element, selector: string): Element[] {
  return Array.from(elementQueryAll.call(root, selector));
}

export function query(root: Element, selector: string): Element | null {
  return elementQuery.call(root, selector);
}

/** Text as a person reads it: whitespace folded. Length-capped so a huge node cannot make every pass slow. */
export function textOf(node: Node, max = 2000): string {
  const raw = textGetter(node) ?? '';
  return (raw.length > max ? raw.slice(0, max) : raw).replace(/\s+/g, ' ').trim();
}

/** Elements hidden from everyone (attribute-level; computed styles are too costly to ask for every row). */
export function isHidden(element: Element): boolean {
  return element.hasAttribute('hidden') || attributeOf(element, 'aria-hidden') === 'true';
}

/** The first non-blank text node under `element`, folded; scripts and styles are not text a person sees. */
export function firstText(element: Element): string | null {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parentTag = parentOf(node)?.tagName;
    if (parentTag === 'SCRIPT' || parentTag === 'STYLE') continue;
    const text = textOf(node, 600);
    if (text) return text;
  }
  return null;
}
