import { describe, expect, it } from 'vitest';
import { commonPasswordList, isCommonPassword } from './common-passwords.js';
import { passwordProblems } from './passwords.js';

describe('the common password check', () => {
  it('loads a list of tens of thousands of breached passwords, once', () => {
    expect(commonPasswordList().size).toBeGreaterThanOrEqual(10_000);
    expect(commonPasswordList()).toBe(commonPasswordList());
  });

  it.each([
    'Password1!',
    'Summer2024!',
    'P@ssw0rd2024!',
    'Qwerty123456!',
    '!!Dragon1985',
    'L3tM31n2023',
    'M0nk3y$$$',
  ])('finds the common word under %s', (password) => {
    expect(isCommonPassword(password)).toBe(true);
  });

  it.each(['a lantern by the river', 'xK9#mQ2$vL7!pR4z', 'Tr0ub4dor&3xyz'])(
    'does not mistake %s for a common password',
    (password) => {
      expect(isCommonPassword(password)).toBe(false);
    },
  );

  it('refuses repeated pieces and sequences, and accepts a random string', () => {
    for (const password of [
      'adminadmin',
      'zaq1zaq1zaq1',
      '123123123123',
      'abcdefghij',
      'rootroot123',
    ]) {
      expect(passwordProblems(password, 'someone@example.test'), password).not.toEqual([]);
    }
    expect(passwordProblems('7fQz2LpW9xRb4TnK', 'someone@example.test')).toEqual([]);
  });
});
