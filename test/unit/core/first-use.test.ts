import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazyPattern, onFirstUse } from '../../../src/core/first-use';

const SRC = join(import.meta.dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe('onFirstUse', () => {
  it('builds nothing until asked, then builds once and keeps the value, even a falsy one', () => {
    let builds = 0;
    const value = onFirstUse(() => {
      builds += 1;
      return 0;
    });
    expect(builds).toBe(0);
    expect(value()).toBe(0);
    expect(value()).toBe(0);
    expect(builds).toBe(1);
  });
});

describe('lazyPattern', () => {
  it('builds the expression once, with its flags, and hands back the same object', () => {
    const marks = lazyPattern(String.raw`\p{M}`, 'gu');
    const first = marks();
    expect(first).toBe(marks());
    expect(first.flags).toBe('gu');
    expect('Ame\u0301lia'.replace(first, '')).toBe('Amelia');
  });

  it('is what every Unicode property class in the source goes through, not a literal parsed at script load', () => {
    // A \p{…} literal costs every page the content script enters, and every popup opening, a parse at load.
    const literals = sourceFiles(SRC).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, at: `${relative(SRC, file)}:${index + 1}` }))
        .filter(({ line }) => line.includes('\\p{') && !/String\.raw`|new RegExp\(/.test(line) && !/^\s*(\/\/|\*)/.test(line)),
    );
    expect(literals.map(({ at, line }) => `${at}: ${line.trim()}`)).toEqual([]);
  });
});
