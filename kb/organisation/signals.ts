/**
 * A personal, local signal log: "ik liep hier ook tegenaan". A professional logs that a case ran into a
 * knelpunt under a law, on a day; nothing else. No names, no case numbers, no free text: a signal is a
 * knelpunt id, a law key, a date and a status, so there is nothing personal to leak.
 *
 * From the log come two nudges (a knelpunt logged three times suggests escalation; an open signal of
 * eight weeks or more is a reminder, the Almelo rule) and an aggregated export with only counts per
 * knelpunt, law and month, where a cell of fewer than MIN_CELL signals is left out (small-cell
 * suppression: a count of 1 for a knelpunt, a law and a month can point at one case). Team leads merge
 * such exports (CSV) from several professionals into one table and a bar chart, rejecting any file that
 * is not exactly what an export looks like; the merged report suppresses small cells the same way.
 */
import { fnv1a64 } from '../content/hash.ts';
import { lawByKey } from '../content/laws.ts';
import { ID_PATTERN } from '../content/schema.ts';
import { findPersonalData } from '../privacy/privacy-guard.ts';

export type SignalStatus = 'open' | 'geescaleerd';

export interface Signal {
  /** A local, opaque id (letters, digits, `-` and `_`), never shown in an export. */
  id: string;
  /** A knelpunt id from `knelpunten.yaml`. */
  knelpunt: string;
  /** A law key from `kb/laws.ts`. */
  wet: string;
  /** The day it was logged, YYYY-MM-DD. */
  date: string;
  status: SignalStatus;
}

/** One row of an aggregated export: how many signals for this knelpunt, law and month. */
export interface SignalCount {
  knelpunt: string;
  wet: string;
  /** YYYY-MM. */
  maand: string;
  aantal: number;
}

const SIGNAL_KEYS = ['id', 'knelpunt', 'wet', 'date', 'status'] as const;
const STATUSES: readonly string[] = ['open', 'geescaleerd'] satisfies SignalStatus[];
const SIGNAL_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_ID_LENGTH = 80;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** A knelpunt signalled this often (open) suggests escalation. */
export const ESCALATION_THRESHOLD = 3;
/** An open signal this many days old gives a reminder: escalate after eight weeks (Almelo). */
export const REMINDER_DAYS = 56;
/** The largest count one export row may carry. */
export const MAX_COUNT = 100_000;
/** Cells with fewer signals than this are left out of every export and report. */
export const MIN_CELL = 3;
/** Larger files are rejected without being parsed. */
export const MAX_EXPORT_CHARS = 1_000_000;

// ---------------------------------------------------------------------------------------------------
// Dates

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 for a real YYYY-MM-DD date, else null. */
function dayNumber(date: string): number | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDate(y, mo, d)) return null;
  return Date.UTC(y, mo - 1, d) / 86_400_000;
}

function isMonth(maand: string): boolean {
  const m = MONTH.exec(maand);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), 1);
}

function isId(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);
}

// ---------------------------------------------------------------------------------------------------
// Validation

/**
 * `x` as a Signal, or a Dutch message saying why not. Strict: exactly the five keys, no others (a name
 * or a note has no place to go), a known knelpunt, a law from `kb/laws.ts`, a real date.
 */
export function validateSignal(x: unknown, knownKnelpunten: ReadonlySet<string>): Signal | string {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return 'Een signaal moet een object zijn.';
  const proto = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null) return 'Een signaal moet een gewoon object zijn.';
  const record = x as Record<string, unknown>;
  const extra = Object.keys(record).filter((k) => !(SIGNAL_KEYS as readonly string[]).includes(k));
  if (extra.length)
    return `Een signaal bevat alleen id, knelpunt, wet, datum en status; niet toegestaan: ${extra
      .slice(0, 5)
      .map((k) => `"${k.slice(0, 40)}"`)
      .join(', ')}.`;
  for (const k of SIGNAL_KEYS) {
    if (!Object.hasOwn(record, k)) return `Het signaal mist "${k}".`;
    if (typeof record[k] !== 'string') return `"${k}" moet tekst zijn.`;
  }
  const { id, knelpunt, wet, date, status } = record as Record<(typeof SIGNAL_KEYS)[number], string>;
  if (!SIGNAL_ID.test(id)) return 'De id van het signaal is ongeldig (alleen letters, cijfers, - en _).';
  if (!isId(knelpunt) || !knownKnelpunten.has(knelpunt)) return 'Onbekend knelpunt.';
  if (!isId(wet) || !lawByKey(wet)) return 'Onbekende wet.';
  if (dayNumber(date) === null) return 'De datum moet een bestaande dag zijn in de vorm JJJJ-MM-DD.';
  if (!STATUSES.includes(status)) return 'De status moet "open" of "geescaleerd" zijn.';
  return { id, knelpunt, wet, date, status: status as SignalStatus };
}

// ---------------------------------------------------------------------------------------------------
// Advice

export interface SignalAdvice {
  /** Knelpunten with three or more open signals, most first. */
  suggestEscalation: { knelpunt: string; count: number }[];
  /** Open signals of eight weeks or older, oldest first. */
  reminders: { id: string; knelpunt: string; days: number }[];
}

/**
 * What the log suggests on `today` (YYYY-MM-DD): escalate a knelpunt logged three or more times (open
 * signals only), and a reminder for every open signal at least 56 days old. Escalated signals and
 * signals with an invalid date are left out.
 */
export function signalAdvice(signals: readonly Signal[], today: string): SignalAdvice {
  const now = dayNumber(today);
  if (now === null) throw new RangeError(`"${today}" is geen geldige datum (JJJJ-MM-DD)`);
  const counts = new Map<string, number>();
  const reminders: SignalAdvice['reminders'] = [];
  for (const s of signals) {
    if (s.status !== 'open') continue;
    counts.set(s.knelpunt, (counts.get(s.knelpunt) ?? 0) + 1);
    const day = dayNumber(s.date);
    if (day === null) continue;
    const days = now - day;
    if (days >= REMINDER_DAYS) reminders.push({ id: s.id, knelpunt: s.knelpunt, days });
  }
  const suggestEscalation = [...counts]
    .filter(([, count]) => count >= ESCALATION_THRESHOLD)
    .map(([knelpunt, count]) => ({ knelpunt, count }))
    .sort((a, b) => b.count - a.count || a.knelpunt.localeCompare(b.knelpunt));
  reminders.sort((a, b) => b.days - a.days || a.id.localeCompare(b.id));
  return { suggestEscalation, reminders };
}

// ---------------------------------------------------------------------------------------------------
// Export

export const CSV_HEADER = 'knelpunt,wet,maand,aantal';
const COLUMNS = CSV_HEADER.split(',');

function compareCounts(a: SignalCount, b: SignalCount): number {
  return a.knelpunt.localeCompare(b.knelpunt) || a.wet.localeCompare(b.wet) || a.maand.localeCompare(b.maand);
}

function sumCounts(rows: Iterable<SignalCount>): SignalCount[] {
  const sums = new Map<string, SignalCount>();
  for (const r of rows) {
    const key = `${r.knelpunt}\u0000${r.wet}\u0000${r.maand}`;
    const row = sums.get(key);
    if (row) row.aantal += r.aantal;
    else sums.set(key, { ...r });
  }
  return [...sums.values()].sort(compareCounts);
}

/** One CSV field, quoted per RFC 4180 when it holds a comma, quote or line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Count rows as RFC 4180 CSV (CRLF line ends) with the header `knelpunt,wet,maand,aantal`. */
export function countsCsv(rows: readonly SignalCount[]): string {
  const lines = [CSV_HEADER];
  for (const r of rows) lines.push([r.knelpunt, r.wet, r.maand, String(r.aantal)].map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** A markdown table cell: no line breaks, pipes and HTML neutralised. */
function mdCell(value: string): string {
  return value
    .replace(/[\r\n]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The cells of at least MIN_CELL signals, and how many signals the smaller cells held. */
export function suppressSmallCells(rows: readonly SignalCount[]): {
  rows: SignalCount[];
  suppressed: number;
} {
  const shown = rows.filter((r) => r.aantal >= MIN_CELL);
  const suppressed = rows.reduce((n, r) => (r.aantal < MIN_CELL ? n + r.aantal : n), 0);
  return { rows: shown, suppressed };
}

function suppressionNote(suppressed: number): string {
  return suppressed
    ? `Cellen met minder dan ${MIN_CELL} signalen zijn weggelaten (${suppressed} ${suppressed === 1 ? 'signaal' : 'signalen'} in totaal).\n\n`
    : `Cellen met minder dan ${MIN_CELL} signalen worden weggelaten; er waren er geen.\n\n`;
}

function countsTable(rows: readonly SignalCount[]): string {
  const lines = [`| ${COLUMNS.join(' | ')} |`, '| --- | --- | --- | ---: |'];
  for (const r of rows)
    lines.push(`| ${mdCell(r.knelpunt)} | ${mdCell(r.wet)} | ${mdCell(r.maand)} | ${r.aantal} |`);
  const total = rows.reduce((n, r) => n + r.aantal, 0);
  return `${lines.join('\n')}\n\nTotaal: ${total} ${total === 1 ? 'signaal' : 'signalen'}.\n`;
}

/**
 * An aggregated report of the log: only the number of signals per knelpunt, law and month, open and
 * escalated alike, and only for cells of at least MIN_CELL signals (the rest is counted in one total).
 * No ids, no days, no status, no text; a signal whose fields do not have the expected form is left out
 * rather than copied. `today` only gives the month of the export in the markdown.
 */
export function exportSignals(
  signals: readonly Signal[],
  { today }: { today: string },
): { csv: string; markdown: string; suppressed: number } {
  const all = sumCounts(
    signals
      .filter((s) => isId(s.knelpunt) && isId(s.wet) && dayNumber(s.date) !== null)
      .map((s) => ({ knelpunt: s.knelpunt, wet: s.wet, maand: s.date.slice(0, 7), aantal: 1 })),
  );
  const { rows, suppressed } = suppressSmallCells(all);
  const month = dayNumber(today) === null ? '' : today.slice(0, 7);
  const markdown =
    '# Signalen: geaggregeerde telling\n\n' +
    (month ? `Export van ${month}. ` : '') +
    'Alleen aantallen per knelpunt, wet en maand: geen namen, data of vrije tekst. ' +
    suppressionNote(suppressed) +
    countsTable(rows);
  return { csv: countsCsv(rows), markdown, suppressed };
}

// ---------------------------------------------------------------------------------------------------
// Merge

/** RFC 4180 records with the line each starts on, or a Dutch reason the text is not CSV. */
function parseCsv(text: string): { records: { line: number; fields: string[] }[] } | { error: string } {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quotedField = false;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    quotedField = false;
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"') {
      if (field !== '' || quotedField) return { error: `regel ${line}: aanhalingsteken midden in een veld` };
      quotedField = true;
      i++;
      for (;;) {
        if (i >= text.length) return { error: `regel ${recordLine}: aanhalingsteken niet afgesloten` };
        const q = text[i] as string;
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n') line++;
        field += q;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n')
        return { error: `regel ${line}: tekst na een afgesloten aanhalingsteken` };
      continue;
    }
    if (c === ',') {
      fields.push(field);
      field = '';
      quotedField = false;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] !== '\n') return { error: `regel ${line}: losse CR zonder LF` };
      i += c === '\r' ? 2 : 1;
      endRecord();
      line++;
      recordLine = line;
      continue;
    }
    if (quotedField) return { error: `regel ${line}: tekst na een afgesloten aanhalingsteken` };
    field += c;
    i++;
  }
  if (field !== '' || fields.length || quotedField) endRecord();
  return { records };
}

/** The rows of one export file, or a Dutch reason to reject the whole file. */
function parseExport(text: string): SignalCount[] | string {
  if (text.length > MAX_EXPORT_CHARS) return `bestand te groot (meer dan ${MAX_EXPORT_CHARS} tekens)`;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return 'leeg bestand';
  const parsed = parseCsv(body);
  if ('error' in parsed) return parsed.error;
  const all = parsed.records;
  // Blank lines at the very end (an editor's extra newline) are tolerated; anywhere else they are not.
  while (
    all.length > 1 &&
    all[all.length - 1]?.fields.join('') === '' &&
    all[all.length - 1]?.fields.length === 1
  )
    all.pop();
  const [header, ...records] = all;
  if (!header || header.fields.join(',') !== CSV_HEADER || header.fields.length !== COLUMNS.length)
    return `regel 1: kopregel moet precies "${CSV_HEADER}" zijn`;
  const rows: SignalCount[] = [];
  for (const { line, fields } of records) {
    if (fields.length === 1 && fields[0] === '') return `regel ${line}: lege regel`;
    if (fields.length !== COLUMNS.length)
      return `regel ${line}: ${fields.length} kolommen in plaats van ${COLUMNS.length}`;
    const [knelpunt, wet, maand, aantal] = fields as [string, string, string, string];
    // Values are never echoed back: a rejected field may hold exactly what should not be repeated.
    if (!isId(knelpunt)) return `regel ${line}: knelpunt is geen geldige id (kleine letters, cijfers, -)`;
    if (!isId(wet)) return `regel ${line}: wet is geen geldige id (kleine letters, cijfers, -)`;
    if (!isMonth(maand)) return `regel ${line}: maand moet de vorm JJJJ-MM hebben`;
    if (!/^[1-9]\d{0,5}$/.test(aantal) || Number(aantal) > MAX_COUNT)
      return `regel ${line}: aantal moet een geheel getal van 1 tot en met ${MAX_COUNT} zijn`;
    if (findPersonalData(knelpunt).length || findPersonalData(wet).length)
      return `regel ${line}: lijkt persoonsgegevens te bevatten`;
    rows.push({ knelpunt, wet, maand, aantal: Number(aantal) });
  }
  return rows;
}

export interface MergeResult {
  /** Summed counts of every accepted file, sorted by knelpunt, law and month. */
  rows: SignalCount[];
  /** Files left out whole, each with a Dutch reason. */
  rejected: { name: string; reason: string }[];
  /**
   * Accepted files whose content is identical to an earlier file's. They are counted (two professionals
   * can have the same counts), but an export sent twice would be too, so the caller should say so.
   */
  duplicates: { name: string; sameAs: string }[];
}

/**
 * Merges anonymised CSV exports by summing their counts. Strict: the exact header, four columns, kebab
 * case ids, a month YYYY-MM, a count from 1 to 100000. A file that breaks any rule is rejected whole,
 * with the reason, and the good files are merged anyway. Files with the same content as an earlier one
 * are merged and listed in `duplicates`.
 */
export function mergeExports(files: readonly { name: string; text: string }[]): MergeResult {
  const accepted: SignalCount[] = [];
  const rejected: MergeResult['rejected'] = [];
  const duplicates: MergeResult['duplicates'] = [];
  const seen = new Map<string, string>();
  for (const { name, text } of files) {
    const result = parseExport(text);
    if (typeof result === 'string') {
      rejected.push({ name, reason: result });
      continue;
    }
    const hash = fnv1a64(text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'));
    const earlier = seen.get(hash);
    if (earlier === undefined) seen.set(hash, name);
    else duplicates.push({ name, sameAs: earlier });
    accepted.push(...result);
  }
  return { rows: sumCounts(accepted), rejected, duplicates };
}

/** The merged counts as a markdown report, small cells suppressed like an export's. */
export function mergedMarkdown(rows: readonly SignalCount[]): string {
  const { rows: shown, suppressed } = suppressSmallCells(sumCounts(rows));
  return (
    '# Signalen: samengevoegde, geaggregeerde telling\n\n' +
    'Aantallen per knelpunt, wet en maand uit de samengevoegde exports. ' +
    suppressionNote(suppressed) +
    countsTable(shown)
  );
}

// ---------------------------------------------------------------------------------------------------
// Chart

function xml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Okabe–Ito colours: distinguishable with the common forms of colour blindness. */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/**
 * A self-contained SVG bar chart: per knelpunt a group of horizontal bars, one per month (laws summed),
 * each labelled with its month and count. No scripts, no external references, every text escaped; the
 * `<title>` and `<desc>` name the chart for screen readers.
 */
export function barChartSvg(rows: readonly SignalCount[], { title }: { title: string }): string {
  const groups = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const months = groups.get(r.knelpunt) ?? new Map<string, number>();
    months.set(r.maand, (months.get(r.maand) ?? 0) + r.aantal);
    groups.set(r.knelpunt, months);
  }
  const knelpunten = [...groups.keys()].sort((a, b) => a.localeCompare(b));
  const allMonths = [...new Set(rows.map((r) => r.maand))].sort();
  let max = 1;
  for (const months of groups.values()) for (const n of months.values()) max = Math.max(max, n);
  const total = rows.reduce((n, r) => n + r.aantal, 0);

  const width = 720;
  const left = 90;
  const barMax = 540;
  const barH = 16;
  const gap = 4;
  const headH = 24;
  const groupGap = 14;
  const top = 48;

  const parts: string[] = [];
  let y = top;
  for (const k of knelpunten) {
    const months = groups.get(k) as Map<string, number>;
    parts.push(`<text x="8" y="${y + 16}" font-weight="bold">${xml(k)}</text>`);
    y += headH;
    for (const maand of [...months.keys()].sort()) {
      const n = months.get(maand) ?? 0;
      const w = Math.max(1, Math.round((n / max) * barMax));
      const colour = PALETTE[allMonths.indexOf(maand) % PALETTE.length];
      parts.push(
        `<g><title>${xml(`${k}, ${maand}: ${n}`)}</title>` +
          `<text x="${left - 8}" y="${y + 12}" text-anchor="end">${xml(maand)}</text>` +
          `<rect x="${left}" y="${y}" width="${w}" height="${barH}" fill="${colour}"/>` +
          `<text x="${left + w + 6}" y="${y + 12}">${n}</text></g>`,
      );
      y += barH + gap;
    }
    y += groupGap;
  }
  if (knelpunten.length === 0) {
    parts.push(`<text x="8" y="${y + 16}">Geen signalen.</text>`);
    y += headH + groupGap;
  }
  const height = y + 8;
  const desc = `${total} ${total === 1 ? 'signaal' : 'signalen'} over ${knelpunten.length} ${knelpunten.length === 1 ? 'knelpunt' : 'knelpunten'}, per maand.`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="mw-chart-title mw-chart-desc" font-family="system-ui, sans-serif" font-size="12">` +
    `<title id="mw-chart-title">${xml(title)}</title>` +
    `<desc id="mw-chart-desc">${xml(desc)}</desc>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    `<text x="8" y="28" font-size="16" font-weight="bold">${xml(title)}</text>` +
    parts.join('') +
    '</svg>\n'
  );
}
