/**
 * A value built the first time it is asked for, then kept. Content scripts load on every Partner Center page,
 * and most of what they could build at load (label tables, Unicode classes) is needed only by some pages.
 */
export function onFirstUse<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

/**
 * A regular expression built on first use. V8 parses every regular-expression literal while it compiles the
 * script, even one inside a function that never runs, and a Unicode property class (\p{…}) makes that parse
 * cost 0.05–0.3 ms per literal (measured in Node's V8). Every page a content script is injected into, and
 * every popup opening, would pay it; the RegExp constructor parses only when it is called.
 */
export function lazyPattern(source: string, flags: string): () => RegExp {
  return onFirstUse(() => new RegExp(source, flags));
}
