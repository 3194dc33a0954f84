import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { ROOT, fixture, type Responder } from './harness';

/** Where the fixture pages load their React bundle from, on whichever host serves them. */
export const FIXTURE_BUNDLE_PATH = '/_fixtures/support-forms.js';

/** The React fixture forms, bundled once per run and never committed. */
export async function bundlePortalForms(): Promise<string> {
  const output = (await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: true,
      lib: { entry: resolve(ROOT, 'test/fixtures/portals/main.js'), formats: ['iife'], name: 'SupportFormsFixture' },
    },
  })) as Rolldown.RolldownOutput[];
  const chunk = output[0]!.output.find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('fixture bundle has no script');
  return chunk.code;
}

/** Serves portal fixtures by host (e.g. { 'portal.azure.com': 'azure-support.html' }) plus the bundle they load. */
export function portalResponder(bundle: string, hosts: () => Record<string, string>): Responder {
  return (url) => {
    if (url.pathname === FIXTURE_BUNDLE_PATH) return { body: bundle, contentType: 'text/javascript' };
    const file = hosts()[url.hostname];
    return file ? fixture(`portals/${file}`) : undefined;
  };
}
