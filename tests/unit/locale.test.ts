import { setDefaultOptions } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDateTime, formatTimeUsed } from '../../src/lib/format';
import { applyUserLocale, pickLocale } from '../../src/lib/locale';
import { T0 } from '../support/factories';

afterEach(() => setDefaultOptions({ locale: enUS }));

describe('user locale', () => {
  it('picks an exact match, then the language alone, and US English for English', () => {
    expect(pickLocale(['fr-CA', 'en'])).toBe('fr-CA');
    expect(pickLocale(['fr-BE'])).toBe('fr');
    expect(pickLocale(['en-GB'])).toBe('en-GB');
    expect(pickLocale(['en-US', 'de'])).toBeNull();
    expect(pickLocale(['en-ZA'])).toBeNull();
    expect(pickLocale(['tlh', 'de-AT'])).toBe('de');
    expect(pickLocale(['zh-Hant-TW'])).toBe('zh-TW');
    expect(pickLocale([])).toBeNull();
  });

  it('formats dates and durations in that locale', async () => {
    expect(formatDateTime(T0)).toMatch(/^Jan 5, 2026/);
    expect(await applyUserLocale(['de-DE'])).toBe('de');
    expect(formatDateTime(T0)).toBe('5. Jan. 2026 09:00');
    expect(formatTimeUsed(72 * 60_000)).toBe('1 Stunde 12 Minuten');
    expect(await applyUserLocale(['en-GB'])).toBe('en-GB');
    expect(formatDateTime(T0)).toMatch(/^5 Jan 2026/);
  });
});
