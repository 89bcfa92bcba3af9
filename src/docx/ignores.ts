// Ignores stored in a document as custom document properties, one property per ignore:
// name "mttq-ignore-…", value the JSON {"code","section","item","reason"}. Word limits a property
// value to 255 characters, so the reason is shortened when needed. Pure: no I/O, no Office.
import type { FindingCode, Ignore } from '../analysis/types';

export const IGNORE_PROPERTY_PREFIX = 'mttq-ignore-';

/** Word's limit on the length of a custom property value (and of its name). */
export const MAX_PROPERTY_LENGTH = 255;

const FINDING_CODES: Record<FindingCode, true> = {
  'section-missing': true,
  'section-empty': true,
  'guidance-left': true,
  'section-no-figures': true,
  'signature-missing': true,
  'figure-missing': true,
  'section-order': true,
  'recipients-missing': true,
  'optional-empty': true,
};

export function isFindingCode(value: unknown): value is FindingCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(FINDING_CODES, value);
}

/** True when a custom property name holds an ignore (case-insensitive, as Word's names). */
export function isIgnorePropertyName(name: string): boolean {
  return name.toLowerCase().startsWith(IGNORE_PROPERTY_PREFIX);
}

function serialize(ignore: Ignore, reason: string): string {
  // Key order fixed: code, section, item, reason.
  const value: Record<string, string> = { code: ignore.code, section: ignore.section };
  if (ignore.item !== undefined) value.item = ignore.item;
  value.reason = reason;
  return JSON.stringify(value);
}

/** Cuts a string to `length` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, length: number): string {
  let end = Math.max(0, length);
  if (end > 0 && end < text.length) {
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end--;
  }
  return text.slice(0, end);
}

/**
 * The property value of an ignore: compact JSON of at most 255 characters. A reason too long
 * is shortened and ends with "…". (Only a section or item id of absurd length could still
 * exceed the limit; the reason is then empty.)
 */
export function encodeIgnoreProperty(ignore: Ignore): string {
  const full = serialize(ignore, ignore.reason);
  if (full.length <= MAX_PROPERTY_LENGTH) return full;
  // Longest prefix of the reason that fits once escaped (escaping can lengthen it): binary search.
  let lo = 0;
  let hi = ignore.reason.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const candidate = serialize(ignore, `${cut(ignore.reason, mid).trimEnd()}…`);
    if (candidate.length <= MAX_PROPERTY_LENGTH) lo = mid;
    else hi = mid - 1;
  }
  const reason = lo === 0 ? '' : `${cut(ignore.reason, lo).trimEnd()}…`;
  return serialize(ignore, reason);
}

/** Reads an ignore from a property value; null when the value is not a valid ignore. */
export function decodeIgnoreProperty(value: string): Ignore | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const record = parsed as Record<string, unknown>;
  if (!isFindingCode(record.code)) return null;
  const section = record.section ?? '';
  if (typeof section !== 'string') return null;
  const reason = record.reason ?? '';
  if (typeof reason !== 'string') return null;
  const ignore: Ignore = { code: record.code, section, reason };
  if (record.item !== undefined && record.item !== null) {
    if (typeof record.item !== 'string') return null;
    ignore.item = record.item;
  }
  return ignore;
}

/**
 * A stable property name for an ignore ("mttq-ignore-figure-missing@1.II.1#hoi-nghi"), so that
 * ignoring the same finding twice overwrites one property. At most 255 characters.
 */
export function ignorePropertyName(ignore: Ignore): string {
  const name = `${IGNORE_PROPERTY_PREFIX}${ignore.code}@${ignore.section}${ignore.item ? `#${ignore.item}` : ''}`;
  return cut(name, MAX_PROPERTY_LENGTH);
}

/** The key that identifies which finding an ignore is about (code, section, item). */
export function ignoreKey(ignore: Ignore): string {
  return `${ignore.code}\u0000${ignore.section}\u0000${ignore.item ?? ''}`;
}
