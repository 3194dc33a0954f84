import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readRoute, type Route } from '../../../src/core/route';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/partner-center');

/** Parses a fixture into its own document (happy-dom) and returns the root element readers take. */
export function page(fileOrHtml: string): Element {
  const html = fileOrHtml.trimStart().startsWith('<') ? fileOrHtml : readFileSync(resolve(FIXTURES, fileOrHtml), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html').documentElement;
}

export const TENANT = '4a22108e-d576-4e29-a49c-e2ef13acb571';

export function routeOf(path: string): Route {
  return readRoute(`https://partner.microsoft.com${path}`);
}
