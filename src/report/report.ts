/**
 * Collecting issues and warnings (R6): never thrown, gathered in one report, then put in a deterministic order
 * (by the SPEC section of the field concerned, then by path).
 * @module
 */
import type { IssueCode, WarningCode } from '../shared/codes.js';
import { EN } from '../messages/en.js';
import type { CompiledTable } from '../messages/template.js';
import type { FindingOf, IssueParams, NoParams, WarningParams } from '../shared/notice-params.js';
import type { Notice, NoticeParams } from '../shared/types.js';

/** A problem at a path before its message is written: what the readers find and the report turns into a notice. */
export type Finding = { [C in IssueCode]: FindingOf<C> }[IssueCode];

/** The codes of a kind whose params are none (R68): they may be reported without params. */
type Bare<K extends keyof P, P> = { [C in K]: NoParams extends P[C] ? C : never }[K];

/** SPEC sections, used to order notices (R6). */
// biome-ignore lint/suspicious/noConstEnum: the sections never leave the package, and the bundler inlines them (no object at run time)
export const enum Section {
  General = 1,
  Model = 2,
  Scene = 3,
  Duration = 4,
  Size = 5,
  Audio = 6,
  Motion = 7,
  Media = 8,
  Output = 9,
}

/** A finding as the report keeps it: with the section and the order it was found in, for R6's order. */
interface Entry {
  readonly code: IssueCode | WarningCode;
  readonly path: string;
  readonly params: NoticeParams;
  readonly section: Section;
  readonly seq: number;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const CHUNK = 256;

/**
 * Compares two dot paths so that array indexes compare by value (`images.2` before `images.10`): runs of digits by
 * their number, everything else by character code. Linear in the paths and allocation-free, so a client's key of
 * 500 000 digit runs costs one pass (R7), where padding each run to a sort key cost 100 ms.
 */
export function comparePaths(a: string, b: string): number {
  // The equal prefix is skipped natively, a chunk at a time (two keys that share 500 000 characters compare in
  // 0.1 ms, not 7), then back to the start of the digit run it may end in, so that runs still compare whole.
  let i = 0;
  const shorter = Math.min(a.length, b.length);
  while (i + CHUNK <= shorter && a.startsWith(b.slice(i, i + CHUNK), i)) i += CHUNK;
  while (i > 0 && isDigit(a.charCodeAt(i - 1))) i--;
  let j = i;
  let tie = 0; // equal numbers written with more leading zeros sort after, when nothing else differs
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (!isDigit(ca) || !isDigit(cb)) {
      if (ca !== cb) return ca - cb;
      i++;
      j++;
      continue;
    }
    // Two runs of digits: skip leading zeros, then the longer number is larger, then the first differing digit.
    let si = i;
    while (a.charCodeAt(si) === 48) si++;
    let sj = j;
    while (b.charCodeAt(sj) === 48) sj++;
    let ei = si;
    while (isDigit(a.charCodeAt(ei))) ei++;
    let ej = sj;
    while (isDigit(b.charCodeAt(ej))) ej++;
    if (ei - si !== ej - sj) return ei - si - (ej - sj);
    for (let k = 0; k < ei - si; k++) {
      const d = a.charCodeAt(si + k) - b.charCodeAt(sj + k);
      if (d !== 0) return d;
    }
    if (tie === 0) tie = ei - i - (ej - j);
    i = ei;
    j = ej;
  }
  return a.length - i - (b.length - j) || tie;
}

function order(entries: Entry[]): Entry[] {
  if (entries.length < 2) return entries;
  return entries.slice().sort((a, b) => a.section - b.section || comparePaths(a.path, b.path) || a.seq - b.seq);
}

/**
 * R69: the message of a notice: the caller's function for its code when there is one and it returns a non-empty
 * string (a function that throws or returns anything else is ignored: R7), else the English table's.
 */
export function messageOf(
  code: string,
  params: NoticeParams,
  path: string,
  messages: unknown,
  english: CompiledTable = EN,
): string {
  if (typeof messages === 'object' && messages !== null) {
    try {
      // A Proxy or a getter may throw on the look-up as well as on the call (R7): the English message stays.
      const custom = Object.hasOwn(messages, code) ? (messages as Record<string, unknown>)[code] : undefined;
      if (typeof custom === 'function') {
        const text: unknown = custom(params, path);
        if (typeof text === 'string' && text !== '') return text;
      }
    } catch {
      // R7: the English message stays.
    }
  }
  const write = Object.hasOwn(english, code) ? english[code] : undefined;
  return write === undefined ? code : write(params, path);
}

/**
 * An issue with its message (R68, R69), for the checks that find one or a few outside a report. `english`: the
 * table of the code's English message when it is not {@link EN}'s (the catalog's, `EN_CATALOG`).
 */
export function noticeOf<C extends IssueCode>(
  code: C,
  path: string,
  params: IssueParams[C],
  messages: unknown,
  english?: CompiledTable,
): Notice {
  return { code, path, message: messageOf(code, params, path, messages, english), params };
}

/**
 * R7: at most this many issues and this many warnings are kept per call, in the order they were found (R6 then
 * orders what is kept). A request with more, such as 200 000 malformed `content` parts or 50 000 unknown keys,
 * costs bounded work and a bounded answer; one `notices_truncated` warning says how many more there were.
 */
export const MAX_NOTICES = 100;

/** The issues and warnings of one call; messages are written when the notices are read, from code and params. */
export class Report {
  // Made at the first notice of each kind: most requests have none, and an empty list is an allocation per call.
  private issueEntries: Entry[] | undefined;
  private warningEntries: Entry[] | undefined;
  private seq = 0;
  private issueTotal = 0;
  private warningTotal = 0;

  /** `messages`: the caller's message functions (R69), if any. */
  constructor(private readonly messages?: unknown) {}

  // Overloads, not a rest tuple: the compiler requires a code's params, and the call allocates no argument array.
  /** A reason to refuse the request. `params` are the values its message names (R68); a code without any takes none. */
  issue(section: Section, code: Bare<IssueCode, IssueParams>, path: string): void;
  issue<C extends IssueCode>(section: Section, code: C, path: string, params: IssueParams[C]): void;
  issue(section: Section, code: IssueCode, path: string, params: NoticeParams = {}): void {
    this.push(section, code, path, params);
  }

  /** {@link issue} for a finding already made (a body reader's, R58). */
  add(section: Section, finding: Finding): void {
    this.push(section, finding.code, finding.path, finding.params);
  }

  private push(section: Section, code: IssueCode, path: string, params: NoticeParams): void {
    if (this.issueTotal++ < MAX_NOTICES)
      (this.issueEntries ??= []).push({ section, seq: this.seq++, code, path, params });
  }

  /** A note on what was accepted but ignored or overridden. */
  warn(section: Section, code: Bare<WarningCode, WarningParams>, path: string): void;
  warn<C extends WarningCode>(section: Section, code: C, path: string, params: WarningParams[C]): void;
  warn(section: Section, code: WarningCode, path: string, params: NoticeParams = {}): void {
    if (this.warningTotal++ < MAX_NOTICES)
      (this.warningEntries ??= []).push({ section, seq: this.seq++, code, path, params });
  }

  /** R7: whether another issue would be kept. Loops over client arrays build an issue's path and params only then. */
  get keepsIssues(): boolean {
    return this.issueTotal < MAX_NOTICES;
  }

  /** R7: whether another warning would be kept (see {@link keepsIssues}). */
  get keepsWarnings(): boolean {
    return this.warningTotal < MAX_NOTICES;
  }

  /** Counts an issue that would not be kept, without building it. */
  dropIssue(): void {
    this.issueTotal++;
  }

  /** Counts a warning that would not be kept, without building it. */
  dropWarning(): void {
    this.warningTotal++;
  }

  /** How many issues have been reported so far (those not kept included). */
  get issueCount(): number {
    return this.issueTotal;
  }

  /** The issues, in the order of R6. */
  issues(): Notice[] {
    return this.notices(this.issueEntries);
  }

  /** The warnings, in the order of R6, then `notices_truncated` when notices were left out (R7). */
  warnings(): Notice[] {
    const list = this.notices(this.warningEntries);
    const issues = Math.max(0, this.issueTotal - MAX_NOTICES);
    const warnings = Math.max(0, this.warningTotal - MAX_NOTICES);
    if (issues + warnings > 0) {
      const params = { issues, warnings, max: MAX_NOTICES };
      list.push({
        code: 'notices_truncated',
        path: '',
        message: messageOf('notices_truncated', params, '', this.messages),
        params,
      });
    }
    return list;
  }

  private notices(entries: Entry[] | undefined): Notice[] {
    if (entries === undefined) return [];
    return order(entries).map(({ code, path, params }) => ({
      code,
      path,
      message: messageOf(code, params, path, this.messages),
      params,
    }));
  }
}
