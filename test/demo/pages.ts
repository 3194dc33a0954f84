import { fixture, type Responder } from '../e2e/harness';
import { bundlePortalForms, portalResponder } from '../e2e/portal-fixtures';

/** The pages the demo shows: our own fixtures, served at the real Partner Center and portal URLs. */
export interface DemoPage {
  name: string;
  url: string;
  /** Answers the requests of this page (and only this page), or undefined. */
  serve: Responder;
}

const CONTOSO = '4a22108e-d576-4e29-a49c-e2ef13acb571';

/** A Partner Center fixture answering exactly one path, so several demo pages can share one browser. */
const pc = (path: string, file: string) => ({
  url: `https://partner.microsoft.com${path}`,
  serve: (url: URL) => (url.hostname === 'partner.microsoft.com' && url.pathname === path ? fixture(`partner-center/${file}`) : undefined),
});

/** The demo's pages; the portal form needs its React bundle built first. */
export async function demoPages(): Promise<DemoPage[]> {
  const portalForms = portalResponder(await bundlePortalForms(), () => ({ 'portal.azure.com': 'azure-support.html' }));
  return [
    { name: 'account', ...pc(`/en-us/dashboard/commerce2/customers/${CONTOSO}/account`, 'account-en-dl.html') },
    { name: 'admin-relationships-none', ...pc(`/dashboard/commerce2/customers/${CONTOSO}/adminrelationships`, 'admin-relationships-empty-en.html') },
    { name: 'service-management', ...pc(`/dashboard/commerce2/customers/${CONTOSO}/servicemanagement`, 'service-management-en.html') },
    { name: 'customer-list', ...pc('/dashboard/commerce2/customers/list', 'customer-list-en-table.html') },
    { name: 'account-pt-br', ...pc('/pt-br/dashboard/commerce2/customers/0f3c2b1a-9d8e-4f7a-b6c5-d4e3f2a1b0c9/account', 'account-ptbr-divs.html') },
    { name: 'azure-support-form', url: 'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade', serve: portalForms },
    { name: 'other-site', url: 'https://www.example.com/', serve: (url) => (url.hostname === 'www.example.com' ? '<title>Another site</title><h1>Another site</h1>' : undefined) },
  ];
}
