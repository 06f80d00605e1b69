/**
 * Article dates: `2024-06-26`, `2024-06-26 10:30`, or ISO 8601 with an offset.
 * A date without an offset is a wall-clock time in the site's time zone, which
 * also decides the day (and so the URL's year and month) of every date.
 */

export interface ArticleDate {
  /** Milliseconds since the epoch. */
  epoch: number;
  /** ISO 8601 in the site's time zone, with its offset: `2024-06-26T00:00:00+08:00`. */
  iso: string;
  /** Calendar day in the site's time zone. */
  year: number;
  month: number;
  day: number;
}

const DATE_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the runtime knows this IANA time zone. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Milliseconds since the epoch of a UTC wall-clock time. Unlike `Date.UTC`,
 * years 0–99 stay themselves (`Date.UTC(99, …)` is 1999).
 */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

/** The zone's offset from UTC at an instant as the time-zone database has it, in seconds (local mean time has seconds). */
function rawOffsetSeconds(epoch: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(epoch))) if (p.type !== 'literal') parts[p.type] = p.value;
  // Years before 1 are BC in Intl's era calendar: no zone had an offset then but its standard one.
  if (parts.era !== undefined && parts.era !== 'AD') return NaN;
  const asUtc = utc(Number(parts.year), Number(parts.month), Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asUtc - Math.floor(epoch / 1000) * 1000) / 1000);
}

/** The zone's standard offset, for the time before it had one: its offset on 1970-01-01, in minutes. */
function standardOffsetMinutes(timeZone: string): number {
  return Math.round(rawOffsetSeconds(0, timeZone) / 60);
}

/**
 * The zone's offset at an instant, in whole minutes. Before a zone adopted
 * standard time the database gives local mean time (Shanghai +08:05:43 in
 * 1850), which no newsroom means: a date then takes the zone's standard
 * offset instead (+08:00), so `1850-06-15` stays 1850-06-15T00:00:00+08:00.
 */
function offsetMinutes(epoch: number, timeZone: string): number {
  const seconds = rawOffsetSeconds(epoch, timeZone);
  return Number.isNaN(seconds) || seconds % 60 !== 0 ? standardOffsetMinutes(timeZone) : seconds / 60;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Describes an instant in the site's time zone. */
export function describeInstant(epoch: number, timeZone: string): ArticleDate {
  const off = offsetMinutes(epoch, timeZone);
  const w = new Date(epoch + off * 60000);
  const year = w.getUTCFullYear();
  const month = w.getUTCMonth() + 1;
  const day = w.getUTCDate();
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}:${pad(w.getUTCSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return { epoch, iso, year, month, day };
}

/**
 * Parses a front-matter date. Returns a message (to be placed by the caller)
 * when the value is not a valid date.
 */
export function parseDate(value: unknown, timeZone: string): ArticleDate | string {
  if (value instanceof Date) value = value.toISOString();
  if (typeof value !== 'string') {
    return `date must be a date like 2024-06-26 or 2024-06-26T09:30:00+08:00, not ${value === null ? 'empty' : typeof value}`;
  }
  const m = DATE_RE.exec(value.trim());
  if (!m) return `"${value}" is not a date like 2024-06-26 or 2024-06-26T09:30:00+08:00`;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  const ms = Number(frac.padEnd(3, '0').slice(0, 3));
  const probe = new Date(utc(year, month, day));
  if (
    month < 1 || month > 12 || day < 1 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day ||
    hour > 23 || minute > 59 || second > 59
  ) {
    return `"${value}" is not a real calendar date or time`;
  }
  const wall = utc(year, month, day, hour, minute, second, ms);
  let epoch: number;
  if (zone) {
    if (zone.toUpperCase() === 'Z') epoch = wall;
    else {
      const sign = zone.startsWith('-') ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      const offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
      epoch = wall - offset * 60000;
    }
  } else {
    // Wall-clock time in the site's zone: correct the guess by the zone's offset (twice, for DST edges).
    epoch = wall - offsetMinutes(wall, timeZone) * 60000;
    epoch = wall - offsetMinutes(epoch, timeZone) * 60000;
  }
  return describeInstant(epoch, timeZone);
}
