/**
 * A regular expression built on first use. V8 parses every regular-expression literal while it compiles the
 * script, even one inside a function that never runs, and a Unicode property class (\p{…}) makes that parse
 * cost 0.05–0.3 ms per literal (measured in Node's V8). Every page a content script is injected into, and
 * every popup opening, would pay it; the RegExp constructor parses only when it is called.
 */
export function lazyPattern(source: string, flags: string): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= new RegExp(source, flags));
}
