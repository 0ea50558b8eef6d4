import { describe, expect, it } from 'vitest';
import { bundleFileName } from '@shared/exports/file-names';

const AT = new Date('2026-11-28T15:00:00Z');

describe('the name an export suggests', () => {
  it('names the person and the day', () => {
    expect(bundleFileName('Jordan Lee', AT)).toBe('Jordan Lee portfolio 2026-11-28.ctoportfolio');
  });

  it('has no characters a file system refuses, and no hidden-file dot', () => {
    expect(bundleFileName('..\\Jo/rdan: "Lee"?*<>|\u0007', AT)).toBe(
      'Jo rdan Lee portfolio 2026-11-28.ctoportfolio',
    );
  });

  it('says Portfolio while the profile has no name', () => {
    expect(bundleFileName('   ', AT)).toBe('Portfolio 2026-11-28.ctoportfolio');
  });
});
