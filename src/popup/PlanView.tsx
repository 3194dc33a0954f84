import { missingMessage, type Plan, type PlanLink } from '../core/paths';
import { isAllowedUrl } from '../core/portals';
import type { ComponentChildren } from 'preact';
import { describeFirstResponse } from '../core/severity';
import { t, tRef } from '../shared/i18n';

/** A link the partner can see, copy or middle-click; only ever one our builders made for an allowed host. */
function PortalLink({ link, primary, testId }: { link: PlanLink; primary?: boolean; testId: string }) {
  if (!isAllowedUrl(link.url)) return null;
  return (
    <a class={primary ? 'button primary' : 'text-link'} href={link.url} target="_blank" rel="noopener noreferrer" data-testid={testId}>
      {tRef(link.label)}
    </a>
  );
}

/** The plan, with the severity choice (children) right under the link, where Microsoft's response targets apply. */
export function PlanView({ plan, children }: { plan: Plan; children?: ComponentChildren }) {
  return (
    <section class="plan" aria-labelledby="plan-title" data-testid="plan">
      <h2 id="plan-title" class="visually-hidden">
        {t('planTitle')}
      </h2>
      {!plan.canFile && plan.blocked && (
        <div class="notice warn" role="note" data-testid="blocked">
          <strong>{t('planCannotFile')}</strong> {tRef(plan.blocked)}
        </div>
      )}
      {plan.missing.length > 0 && (
        <div class="notice" role="note" data-testid="missing">
          {plan.missing.map((what) => (
            <p key={what}>{tRef(missingMessage(what))}</p>
          ))}
        </div>
      )}
      {plan.primaryLink && (
        <div class="primary-link">
          <PortalLink link={plan.primaryLink} primary testId="primary-link" />
          <span class="url muted" data-testid="primary-url">
            {plan.primaryLink.url}
          </span>
        </div>
      )}
      {plan.firstResponseApplies && children}
      {plan.firstResponseApplies && (
        <p class="response" data-testid="first-response">
          {t('planFirstResponse')} <strong>{tRef(describeFirstResponse(plan.firstResponse))}</strong>
        </p>
      )}
      {plan.warnings.length > 0 && (
        <ul class="warnings" data-testid="warnings">
          {plan.warnings.map((warning, index) => (
            <li key={index}>{tRef(warning)}</li>
          ))}
        </ul>
      )}
      {plan.steps.length > 0 && (
        <>
          <h3>{t('planStepsTitle')}</h3>
          <ol class="steps" data-testid="steps">
            {plan.steps.map((step, index) => (
              <li key={index}>{tRef(step)}</li>
            ))}
          </ol>
        </>
      )}
      {plan.secondaryLinks.length > 0 && (
        <ul class="secondary-links" data-testid="secondary-links">
          {plan.secondaryLinks.map((link, index) => (
            <li key={index}>
              <PortalLink link={link} testId="secondary-link" />
            </li>
          ))}
        </ul>
      )}
      {plan.responseNotes.length > 0 && (
        <ul class="notes muted">
          {plan.responseNotes.map((note, index) => (
            <li key={index}>{tRef(note)}</li>
          ))}
        </ul>
      )}
      {plan.escalation.length > 0 && (
        <details class="escalation">
          <summary>{t('planEscalationTitle')}</summary>
          <ul>
            {plan.escalation.map((item, index) => (
              <li key={index}>{tRef(item)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
