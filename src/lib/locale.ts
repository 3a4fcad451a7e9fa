/**
 * Dates and durations in the user's language: the date-fns locale that best matches the
 * browser's languages, loaded on demand (US English, date-fns's default, needs no download).
 */
import { setDefaultOptions, type Locale } from 'date-fns';

const LOADERS: Record<string, () => Promise<Locale>> = {
  'en-GB': () => import('date-fns/locale/en-GB').then((m) => m.enGB),
  'en-AU': () => import('date-fns/locale/en-AU').then((m) => m.enAU),
  'en-CA': () => import('date-fns/locale/en-CA').then((m) => m.enCA),
  'en-IN': () => import('date-fns/locale/en-IN').then((m) => m.enIN),
  'en-NZ': () => import('date-fns/locale/en-NZ').then((m) => m.enNZ),
  es: () => import('date-fns/locale/es').then((m) => m.es),
  fr: () => import('date-fns/locale/fr').then((m) => m.fr),
  'fr-CA': () => import('date-fns/locale/fr-CA').then((m) => m.frCA),
  de: () => import('date-fns/locale/de').then((m) => m.de),
  it: () => import('date-fns/locale/it').then((m) => m.it),
  pt: () => import('date-fns/locale/pt').then((m) => m.pt),
  'pt-BR': () => import('date-fns/locale/pt-BR').then((m) => m.ptBR),
  nl: () => import('date-fns/locale/nl').then((m) => m.nl),
  pl: () => import('date-fns/locale/pl').then((m) => m.pl),
  ru: () => import('date-fns/locale/ru').then((m) => m.ru),
  uk: () => import('date-fns/locale/uk').then((m) => m.uk),
  vi: () => import('date-fns/locale/vi').then((m) => m.vi),
  ko: () => import('date-fns/locale/ko').then((m) => m.ko),
  ja: () => import('date-fns/locale/ja').then((m) => m.ja),
  'zh-CN': () => import('date-fns/locale/zh-CN').then((m) => m.zhCN),
  'zh-TW': () => import('date-fns/locale/zh-TW').then((m) => m.zhTW),
  hi: () => import('date-fns/locale/hi').then((m) => m.hi),
  ar: () => import('date-fns/locale/ar').then((m) => m.ar),
  he: () => import('date-fns/locale/he').then((m) => m.he),
};

/**
 * The best supported locale for the user's languages, in order of preference: an exact
 * match, then the language alone. `null` means US English.
 * @example pickLocale(['fr-BE', 'en']) // 'fr'
 */
export function pickLocale(languages: readonly string[]): string | null {
  for (const language of languages) {
    if (/^en(-US)?$/i.test(language)) return null;
    const exact = Object.keys(LOADERS).find((key) => key.toLowerCase() === language.toLowerCase());
    if (exact) return exact;
    const base = language.split('-')[0]?.toLowerCase() ?? '';
    if (base === 'en') return null;
    if (base === 'zh') return /-(TW|HK|Hant)/i.test(language) ? 'zh-TW' : 'zh-CN';
    if (base in LOADERS) return base;
  }
  return null;
}

/** Makes the user's locale date-fns's default; never fails (US English stays on error). */
export async function applyUserLocale(
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): Promise<string | null> {
  const key = pickLocale(languages);
  const load = key ? LOADERS[key] : undefined;
  if (!key || !load) return null;
  try {
    setDefaultOptions({ locale: await load() });
    return key;
  } catch {
    return null;
  }
}
