// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fixture } from '../../e2e/harness';
import { collectFields, type CollectedField } from '../../../src/content/autofill/collect';
import { keyForField } from '../../../src/content/autofill/match';

function load(): void {
  document.body.innerHTML = new DOMParser().parseFromString(fixture('portals/label-sources.html'), 'text/html').body.innerHTML;
  const shadow = document.getElementById('shadow-host')!.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<label for="cc">Additional emails</label><input id="cc" data-expect="additionalEmails">';
}

const marked = (field: CollectedField, attribute: string) => field.element.getAttribute(attribute);

describe('collectFields on a page that names fields every possible way', () => {
  beforeEach(load);

  it('finds each usable field and names it from its own label source', () => {
    const usable = collectFields(document).filter((field) => !field.blocked);
    const named = usable.map((field) => [marked(field, 'data-expect') ?? field.element.className, keyForField(field)]);
    const expected = [...document.querySelectorAll('[data-expect]')].map((el) => [el.getAttribute('data-expect'), el.getAttribute('data-expect')]);
    // The field inside the open shadow root is found too.
    expected.push(['additionalEmails', 'additionalEmails']);
    expect(named.map(([, key]) => key).sort()).toEqual(expected.map(([key]) => key).sort());
    for (const field of usable) {
      const expectedKey = marked(field, 'data-expect');
      if (expectedKey) expect(keyForField(field), field.element.outerHTML.slice(0, 80)).toBe(expectedKey);
    }
  });

  it('marks hidden, read-only and disabled fields as blocked, with the reason', () => {
    const blocked = collectFields(document).filter((field) => field.blocked);
    expect(blocked.map((field) => [field.blocked, marked(field, 'data-blocked')]).every(([got, want]) => got === want)).toBe(true);
    expect(blocked).toHaveLength(document.querySelectorAll('[data-blocked]').length);
  });

  it('groups radios into one field whose choices carry their labels', () => {
    const groups = collectFields(document).filter((field) => field.kind === 'radioGroup');
    expect(groups.map((group) => group.choices.map((choice) => choice.label))).toEqual([
      ['Basic', 'Cloud Solution Provider'],
      ['Email', 'Phone'],
    ]);
  });

  it('ignores passwords, checkboxes and hidden inputs', () => {
    const elements = collectFields(document).map((field) => field.element);
    for (const el of document.querySelectorAll('input[type="password"], input[type="checkbox"], input[type="hidden"]')) {
      expect(elements).not.toContain(el);
    }
  });

  it('does not take a select\'s options for its label', () => {
    const language = collectFields(document).find((field) => field.element.id === 'lang')!;
    expect(language.labels.join(' ')).not.toContain('English');
  });
});
