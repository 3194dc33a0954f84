import browser from 'webextension-polyfill';
import { readRoute } from '../../core/route';
import type { Sighting } from '../../core/customer';

// Thin first version: reports the tenant GUID in the URL. Page readers arrive in their own files.
const route = readRoute(location.href);
const sighting: Sighting = {
  tenantId: route.tenantId,
  pageKind: route.pageKind,
  status: 'ready',
  name: null,
  domain: null,
  admin: null,
  candidates: [],
  evidence: route.tenantId ? ['url:tenant'] : [],
};
void browser.runtime.sendMessage({ type: 'sighting', sighting }).catch(() => undefined);
