import { useEffect, useRef, useState } from 'preact/hooks';
import type { CustomerCandidate } from '../core/customer';
import { parseCustomerRef, type ParseFailure } from '../core/tenant';
import { t, type MessageKey } from '../shared/i18n';
import type { RecentCustomer } from '../shared/stored';
import { searchRecent, type CustomerIdentity } from './recent';

interface Props {
  recent: RecentCustomer[];
  candidates: CustomerCandidate[];
  onChoose: (customer: CustomerIdentity) => void;
  onForget: (customer: CustomerIdentity) => void;
}

const errorKey = (reason: ParseFailure) => `parseError_${reason}` as MessageKey;

/** For pages that are not a customer's: type a domain or tenant ID, or pick from recent and listed customers. */
export function ManualEntry({ recent, candidates, onChoose, onForget }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<ParseFailure | null>(null);
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  // Opened by the keyboard shortcut, the partner can type at once.
  useEffect(() => input.current?.focus(), []);

  const submit = (event: Event) => {
    event.preventDefault();
    const parsed = parseCustomerRef(text);
    if (!parsed.ok) {
      setError(parsed.reason);
      return;
    }
    setError(null);
    const ref = parsed.value;
    onChoose(ref.kind === 'tenant' ? { tenantId: ref.tenantId, domain: null, name: null } : { tenantId: null, domain: ref.domain, name: null });
  };

  const shown = searchRecent(recent, query);
  return (
    <section class="card" aria-labelledby="manual-title">
      <h2 id="manual-title">{t('manualTitle')}</h2>
      <form onSubmit={submit} noValidate>
        <label for="manual-input">{t('manualLabel')}</label>
        <div class="row">
          <input
            id="manual-input"
            ref={input}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="contoso.onmicrosoft.com"
            value={text}
            aria-invalid={error ? 'true' : 'false'}
            aria-describedby={error ? 'manual-error' : 'manual-hint'}
            onInput={(event) => {
              setText(event.currentTarget.value);
              if (error) setError(null);
            }}
          />
          <button type="submit">{t('manualSubmit')}</button>
        </div>
        {error ? (
          <p id="manual-error" class="error" role="alert" data-testid="manual-error">
            {t(errorKey(error))}
          </p>
        ) : (
          <p id="manual-hint" class="muted">
            {t('manualHint')}
          </p>
        )}
      </form>

      {candidates.length > 0 && (
        <>
          <h3>{t('manualCandidatesTitle')}</h3>
          <ul class="pick-list" data-testid="candidates">
            {candidates.map((candidate) => (
              <li key={candidate.tenantId}>
                <button type="button" class="pick" onClick={() => onChoose(candidate)}>
                  <span>{candidate.name}</span>
                  <span class="muted">{candidate.domain ?? candidate.tenantId}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      {recent.length > 0 && (
        <>
          <h3 id="recent-title">{t('recentTitle')}</h3>
          {recent.length > 3 && (
            <label class="search">
              <span class="visually-hidden">{t('recentSearch')}</span>
              <input type="search" placeholder={t('recentSearch')} value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
            </label>
          )}
          <ul class="pick-list" aria-labelledby="recent-title" data-testid="recent">
            {shown.map((entry) => {
              const label = entry.name ?? entry.domain ?? entry.tenantId ?? '';
              return (
                <li key={`${entry.tenantId}|${entry.domain}`} class="pick-row">
                  <button type="button" class="pick" onClick={() => onChoose(entry)}>
                    <span>{label}</span>
                    {entry.name && <span class="muted">{entry.domain ?? entry.tenantId}</span>}
                  </button>
                  <button type="button" class="icon-button" aria-label={t('recentForget', label)} title={t('recentForget', label)} onClick={() => onForget(entry)}>
                    ×
                  </button>
                </li>
              );
            })}
            {shown.length === 0 && <li class="muted">{t('recentNoMatch')}</li>}
          </ul>
        </>
      )}
    </section>
  );
}
