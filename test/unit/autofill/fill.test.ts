// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectFields } from '../../../src/content/autofill/collect';
import { fillMatch, typeText } from '../../../src/content/autofill/fill';
import { fillForm } from '../../../src/content/autofill/form';
import { matchFields, type MatchedField } from '../../../src/content/autofill/match';
import type { ContactProfile } from '../../../src/core/contact';

const PROFILE: ContactProfile = {
  firstName: 'Paula',
  lastName: 'Okafor',
  email: 'paula@fabrikam-partner.com',
  additionalEmails: ['team@fabrikam-partner.com', 'lead@fabrikam-partner.com'],
  phone: '+55 11 4000-1234',
  contactMethod: 'phone',
  country: 'BR',
  timeZone: '(UTC-03:00) Brasilia',
  language: 'Portuguese (Brazil)',
};

function render(html: string): MatchedField[] {
  document.body.innerHTML = html;
  return matchFields(collectFields(document));
}

/** Records the events a framework would listen to, in order. */
function recordEvents(element: Element): string[] {
  const seen: string[] = [];
  for (const type of ['focus', 'input', 'change', 'blur', 'click']) element.addEventListener(type, () => seen.push(type));
  return seen;
}

/**
 * A stand-in for React's value tracker: the element remembers the last value set through its own property and
 * ignores an input event that reports that same value, as React does with a value assigned behind its back.
 */
function trackLikeReact(input: HTMLInputElement): string[] {
  const native = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value') ?? Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  let tracked = input.value;
  const onChangeCalls: string[] = [];
  Object.defineProperty(input, 'value', {
    configurable: true,
    get: () => native!.get!.call(input),
    set: (value: string) => {
      tracked = value;
      native!.set!.call(input, value);
    },
  });
  input.addEventListener('input', () => {
    if (input.value === tracked) return;
    tracked = input.value;
    onChangeCalls.push(input.value);
  });
  return onChangeCalls;
}

describe('text fields', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('fires focus, input, change and blur, and a React-style tracker sees the change', async () => {
    const [match] = render('<label for="f">First name</label><input id="f" value="Carla">');
    const input = match!.field.element as HTMLInputElement;
    const events = recordEvents(input);
    const onChange = trackLikeReact(input);
    const result = await fillMatch(match!, PROFILE, 'replace');
    expect(result.outcome).toBe('filled');
    expect(input.value).toBe('Paula');
    expect(events).toEqual(['focus', 'input', 'change', 'blur']);
    expect(onChange).toEqual(['Paula']);
  });

  it('a plain assignment would go unseen by that tracker (the case the native setter exists for)', () => {
    document.body.innerHTML = '<input value="Carla">';
    const input = document.querySelector('input')!;
    const onChange = trackLikeReact(input);
    input.value = 'Paula';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(onChange).toEqual([]);
    typeText(input, 'Paula again');
    expect(onChange).toEqual(['Paula again']);
  });

  it('leaves read-only, disabled and hidden fields untouched and reports them skipped', async () => {
    render(`
      <input aria-label="Email" readonly value="customer@contoso.com">
      <input aria-label="Phone" disabled value="">
      <div style="display:none"><input aria-label="First name" value=""></div>`);
    const inputs = [...document.querySelectorAll('input')];
    const events = inputs.map(recordEvents);
    const result = await fillForm(matchFields(collectFields(document)), PROFILE, 'replace');
    expect(result.filled).toEqual([]);
    expect(result.skipped.sort()).toEqual(['email', 'firstName', 'phone']);
    expect(inputs.map((i) => i.value)).toEqual(['customer@contoso.com', '', '']);
    expect(events.flat()).toEqual([]);
  });

  it('in empty-only mode keeps a prefilled value and fills an empty one', async () => {
    render('<input aria-label="Email" value="customer@contoso.com"><input aria-label="Phone">');
    const result = await fillForm(matchFields(collectFields(document)), PROFILE, 'emptyOnly');
    expect(result).toMatchObject({ filled: ['phone'], skipped: ['email'] });
    expect([...document.querySelectorAll('input')].map((i) => i.value)).toEqual(['customer@contoso.com', '+55 11 4000-1234']);
  });

  it('joins additional emails with "; ", or with commas when the field asks for them', async () => {
    render(`
      <input aria-label="Additional emails" id="a">
      <input aria-label="E-mails adicionais (separados por vírgula)" id="b">`);
    await fillForm(matchFields(collectFields(document)), PROFILE, 'replace');
    expect((document.getElementById('a') as HTMLInputElement).value).toBe('team@fabrikam-partner.com; lead@fabrikam-partner.com');
    expect((document.getElementById('b') as HTMLInputElement).value).toBe('team@fabrikam-partner.com, lead@fabrikam-partner.com');
  });

  it('puts nothing into a contact field when the profile has no value for it', async () => {
    render('<input aria-label="Phone" value="+1 425 555 0100">');
    const result = await fillForm(matchFields(collectFields(document)), { ...PROFILE, phone: '' }, 'replace');
    expect(result.filled).toEqual([]);
    expect(document.querySelector('input')!.value).toBe('+1 425 555 0100');
  });
});

describe('choices', () => {
  it('picks a native select option by visible text, ignoring case and accents, with input and change events', async () => {
    const [match] = render(`
      <label for="c">País/região</label>
      <select id="c"><option value="">Selecione</option><option value="us">Estados Unidos</option><option value="br">BRASIL</option></select>`);
    const select = match!.field.element as HTMLSelectElement;
    const events = recordEvents(select);
    await fillMatch(match!, { ...PROFILE, country: 'brasil' }, 'replace');
    expect(select.value).toBe('br');
    expect(events).toEqual(['focus', 'input', 'change', 'blur']);
  });

  it('finds a country written in another language than the profile (Brazil → Brasil)', async () => {
    const [match] = render('<label for="c">País</label><select id="c"><option value="1">Estados Unidos</option><option value="2">Brasil</option></select>');
    await fillMatch(match!, { ...PROFILE, country: 'Brazil' }, 'replace');
    expect((match!.field.element as HTMLSelectElement).value).toBe('2');
  });

  it('clicks the Cloud Solution Provider radio of a native group; click and change fire', async () => {
    const [match] = render(`
      <fieldset><legend>Plano de suporte</legend>
        <label><input type="radio" name="plan" value="basic" checked>Básico</label>
        <label><input type="radio" name="plan" value="csp">Provedor de Soluções na Nuvem</label>
      </fieldset>`);
    const csp = document.querySelector<HTMLInputElement>('input[value="csp"]')!;
    const events = recordEvents(csp);
    const result = await fillMatch(match!, PROFILE, 'replace');
    expect(match!.key).toBe('supportPlan');
    expect(result.outcome).toBe('filled');
    expect(csp.checked).toBe(true);
    expect(events).toEqual(expect.arrayContaining(['click', 'input', 'change']));
  });

  it('clicks the matching [role=radio] for the preferred contact method', async () => {
    const [match] = render(`
      <span id="m">Preferred contact method</span>
      <div role="radiogroup" aria-labelledby="m">
        <div role="radio" aria-checked="true">Email</div><div role="radio" aria-checked="false">Phone</div>
      </div>`);
    const clicked: string[] = [];
    document.querySelectorAll('[role="radio"]').forEach((radio) => radio.addEventListener('click', () => clicked.push(radio.textContent!)));
    await fillMatch(match!, PROFILE, 'replace');
    expect(match!.key).toBe('contactMethod');
    expect(clicked).toEqual(['Phone']);
  });

  it('opens an ARIA combobox, waits for its listbox to appear, and clicks the matching option', async () => {
    const [match] = render(`
      <span id="tz">Time zone</span>
      <div role="combobox" aria-labelledby="tz" aria-controls="tz-list" tabindex="0">Select…</div>`);
    const combobox = match!.field.element;
    const chosen: string[] = [];
    combobox.addEventListener('click', () => {
      // Like a framework rendering its popup on the next tick.
      setTimeout(() => {
        const list = document.createElement('div');
        list.id = 'tz-list';
        list.setAttribute('role', 'listbox');
        for (const zone of ['(UTC-08:00) Pacific Time', '(UTC-03:00) Brasilia']) {
          const option = list.appendChild(document.createElement('div'));
          option.setAttribute('role', 'option');
          option.textContent = zone;
          option.addEventListener('click', () => chosen.push(zone));
        }
        document.body.append(list);
      }, 20);
    });
    const result = await fillMatch(match!, PROFILE, 'replace');
    expect(result.outcome).toBe('filled');
    expect(chosen).toEqual(['(UTC-03:00) Brasilia']);
  });

  it('chooses the option with the IANA zone’s signed offset in a select, a radio group and a combobox', async () => {
    const zones = ['(UTC+03:00) Moscow', '(UTC-03:00) Brasilia', '(UTC-03:00) Sao Paulo'];
    const saoPaulo = { ...PROFILE, timeZone: 'America/Sao_Paulo' };
    const [select] = render(`<label for="z">Time zone</label><select id="z">${zones.map((zone) => `<option>${zone}</option>`).join('')}</select>`);
    expect(await fillMatch(select!, saoPaulo, 'replace')).toMatchObject({ outcome: 'filled' });
    expect((select!.field.element as HTMLSelectElement).value).toBe('(UTC-03:00) Sao Paulo');

    const [group] = render(`
      <span id="g">Time zone</span>
      <div role="radiogroup" aria-labelledby="g">${zones.map((zone) => `<div role="radio" aria-checked="false">${zone}</div>`).join('')}</div>`);
    const clicked: string[] = [];
    document.querySelectorAll('[role="radio"]').forEach((radio) => radio.addEventListener('click', () => clicked.push(radio.textContent!)));
    await fillMatch(group!, { ...PROFILE, timeZone: 'Europe/Moscow' }, 'replace');
    expect(clicked).toEqual(['(UTC+03:00) Moscow']);

    const [combobox] = render(`
      <span id="tz">Time zone</span>
      <div role="combobox" aria-labelledby="tz" aria-controls="tz-list" tabindex="0">Select…</div>
      <div role="listbox" id="tz-list">${zones.map((zone) => `<div role="option">${zone}</div>`).join('')}</div>`);
    const picked: string[] = [];
    document.querySelectorAll('[role="option"]').forEach((option) => option.addEventListener('click', () => picked.push(option.textContent!)));
    await fillMatch(combobox!, saoPaulo, 'replace');
    expect(picked).toEqual(['(UTC-03:00) Sao Paulo']);
  });

  it('leaves a time zone list alone when no option has the zone’s offset', async () => {
    const [match] = render('<label for="z">Time zone</label><select id="z"><option>(UTC+03:00) Moscow</option><option>(UTC+05:30) Chennai</option></select>');
    const result = await fillForm([match!], { ...PROFILE, timeZone: 'America/Sao_Paulo' }, 'replace');
    expect(result.filled).toEqual([]);
    expect((match!.field.element as HTMLSelectElement).value).toBe('(UTC+03:00) Moscow');
  });

  it('reports nothing filled when no option matches the profile', async () => {
    const [match] = render('<label for="c">Country</label><select id="c"><option>Canada</option><option>Mexico</option></select>');
    const result = await fillMatch(match!, PROFILE, 'replace');
    expect(result.outcome).toBe('unchanged');
    expect((match!.field.element as HTMLSelectElement).value).toBe('Canada');
  });
});
