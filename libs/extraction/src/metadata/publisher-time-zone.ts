import { ParsedDate } from './date-parsing';

/**
 * "Publisher's local day" heuristic: CMSs often stamp dates in UTC ("2021-11-04T23:00Z") while the article's
 * date as printed (and as annotated) is the newsroom's local day (5 November in Berlin). When a timestamp is
 * a machine UTC stamp (written with "Z"; an explicit "+00:00" usually means the site's own zone is UTC), we
 * convert it to the time zone the site most likely publishes from, guessed from the country-code top-level
 * domain, else from a language that is mostly spoken in one zone. Unknown sites keep UTC.
 */
const ZONE_BY_TLD: Record<string, string> = {
  de: 'Europe/Berlin',
  at: 'Europe/Vienna',
  ch: 'Europe/Zurich',
  it: 'Europe/Rome',
  fr: 'Europe/Paris',
  es: 'Europe/Madrid',
  nl: 'Europe/Amsterdam',
  be: 'Europe/Brussels',
  lu: 'Europe/Luxembourg',
  pl: 'Europe/Warsaw',
  cz: 'Europe/Prague',
  sk: 'Europe/Bratislava',
  hu: 'Europe/Budapest',
  se: 'Europe/Stockholm',
  no: 'Europe/Oslo',
  dk: 'Europe/Copenhagen',
  fi: 'Europe/Helsinki',
  gr: 'Europe/Athens',
  ro: 'Europe/Bucharest',
  bg: 'Europe/Sofia',
  hr: 'Europe/Zagreb',
  si: 'Europe/Ljubljana',
  rs: 'Europe/Belgrade',
  uk: 'Europe/London',
  ie: 'Europe/Dublin',
  pt: 'Europe/Lisbon',
  ru: 'Europe/Moscow',
  ua: 'Europe/Kyiv',
  tr: 'Europe/Istanbul',
  ir: 'Asia/Tehran',
  il: 'Asia/Jerusalem',
  jp: 'Asia/Tokyo',
  kr: 'Asia/Seoul',
  cn: 'Asia/Shanghai',
  tw: 'Asia/Taipei',
  hk: 'Asia/Hong_Kong',
  in: 'Asia/Kolkata',
  au: 'Australia/Sydney',
  nz: 'Pacific/Auckland',
  br: 'America/Sao_Paulo',
  ar: 'America/Argentina/Buenos_Aires',
  mx: 'America/Mexico_City',
  ca: 'America/Toronto',
  us: 'America/New_York',
  za: 'Africa/Johannesburg',
  eg: 'Africa/Cairo',
  sa: 'Asia/Riyadh',
  ae: 'Asia/Dubai',
  jo: 'Asia/Amman',
  lb: 'Asia/Beirut',
  id: 'Asia/Jakarta',
  ph: 'Asia/Manila',
};

const ZONE_BY_LANGUAGE: Record<string, string> = {
  de: 'Europe/Berlin',
  fr: 'Europe/Paris',
  it: 'Europe/Rome',
  es: 'Europe/Madrid',
  nl: 'Europe/Amsterdam',
  pl: 'Europe/Warsaw',
  cs: 'Europe/Prague',
  sv: 'Europe/Stockholm',
  da: 'Europe/Copenhagen',
  nb: 'Europe/Oslo',
  fi: 'Europe/Helsinki',
  el: 'Europe/Athens',
  ru: 'Europe/Moscow',
  uk: 'Europe/Kyiv',
  tr: 'Europe/Istanbul',
  ja: 'Asia/Tokyo',
  ko: 'Asia/Seoul',
  zh: 'Asia/Shanghai',
  fa: 'Asia/Tehran',
  he: 'Asia/Jerusalem',
  'en-us': 'America/New_York',
  'en-gb': 'Europe/London',
  'en-au': 'Australia/Sydney',
  'en-ca': 'America/Toronto',
  'en-in': 'Asia/Kolkata',
  'pt-br': 'America/Sao_Paulo',
  'pt-pt': 'Europe/Lisbon',
};

export function guessPublisherTimeZone(url: string | null, language: string | null): string | null {
  if (url) {
    try {
      const host = new URL(url).hostname.toLowerCase();
      const tld = host.slice(host.lastIndexOf('.') + 1);
      if (ZONE_BY_TLD[tld]) return ZONE_BY_TLD[tld];
    } catch {
      // not a URL: fall back to the language
    }
  }
  if (!language) return null;
  const tag = language.toLowerCase().replace('_', '-');
  return ZONE_BY_LANGUAGE[tag] ?? ZONE_BY_LANGUAGE[tag.split('-')[0]] ?? null;
}

/** Converts an explicitly-UTC timestamp into the given zone; other dates are returned unchanged. */
export function toPublisherTime(date: ParsedDate, timeZone: string | null): ParsedDate {
  if (!timeZone || !date.zulu || date.hour === undefined) return date;
  const instant = Date.UTC(date.year, date.month - 1, date.day, date.hour, date.minute ?? 0, date.second ?? 0);
  const formatter = formatterFor(timeZone);
  if (!formatter) return date;
  const parts = formatter.formatToParts(new Date(instant));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const local: ParsedDate = {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
  };
  const localAsUtc = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour ?? 0,
    local.minute ?? 0,
    local.second ?? 0,
  );
  local.offsetMinutes = Math.round((localAsUtc - instant) / 60_000);
  return local;
}

/** Building an Intl formatter costs far more than using one: keep one per zone. */
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  if (formatters.has(timeZone)) return formatters.get(timeZone) ?? null;
  let formatter: Intl.DateTimeFormat | null;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    formatter = null;
  }
  formatters.set(timeZone, formatter);
  return formatter;
}
