import { describe, expect, it } from 'vitest';
import { PROBLEM_KINDS } from '../../../src/core/paths';
import { PopupPrefsSchema } from '../../../src/shared/stored';

describe('stored popup choices', () => {
  it('accept exactly the problem kinds the decision table knows', () => {
    const stored = PopupPrefsSchema.shape.problem.options;
    expect([...stored].sort()).toEqual([...PROBLEM_KINDS].sort());
  });
});
