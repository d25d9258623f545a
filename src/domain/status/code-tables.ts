/**
 * Layer 1 of the classifier: the carriers' own event codes, as data. A code is looked up in the
 * tables of the event's carrier first, then in the tables whose codes carry their own namespace
 * (Cainiao actionCode, UPU EMSEVT, 17TRACK sub-statuses, AfterShip subtags), which apply to
 * any carrier.
 */
import { ALL_CARRIERS } from "../tracking-number/carriers.ts";
import type { CodeEntry, CodeTable } from "./rule-schema.ts";

export interface CodeMatch {
  table: string;
  code: string;
  entry: CodeEntry;
  /** True when the code matched a prefix family rather than an exact code. */
  byPrefix: boolean;
}

/**
 * Upper case, spaces and dashes collapsed, a letter followed by a number spaced, leading zeros
 * of every number dropped: "BDE 01", "bde-01" and "BDE01" are all "BDE 1".
 */
export function normalizeCode(code: string): string {
  return code
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, " ")
    .replace(/([A-Z])(?=\d)/g, "$1 ")
    .replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, ""));
}

/** Lower case, bracketed remarks dropped, punctuation as spaces: "Correios (Brazil)" → "correios". */
export function normalizeCarrierName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * The entry of a normalised name, or of its longest leading words: "usps via stamps com" finds
 * "usps", "dhl express worldwide" finds "dhl express".
 */
export function findByLeadingName<T>(byName: ReadonlyMap<string, T>, key: string): T | undefined {
  const words = key.split(" ");
  for (let n = words.length; n >= 1; n--) {
    const found = byName.get(words.slice(0, n).join(" "));
    if (found !== undefined) return found;
  }
  return undefined;
}

interface CompiledTable {
  id: string;
  codes: Map<string, CodeEntry>;
  prefixes: [string, CodeEntry][];
}

function compile(table: CodeTable): CompiledTable {
  const codes = new Map<string, CodeEntry>();
  for (const [code, entry] of Object.entries(table.codes)) {
    const key = normalizeCode(code);
    if (codes.has(key)) throw new Error(`code table ${table.id} lists ${code} twice`);
    codes.set(key, entry);
  }
  const prefixes = Object.entries(table.prefixes ?? {})
    .map(([prefix, entry]): [string, CodeEntry] => [normalizeCode(prefix), entry])
    .sort((a, b) => b[0].length - a[0].length);
  return { id: table.id, codes, prefixes };
}

function lookupIn(table: CompiledTable, code: string): CodeMatch | null {
  const entry = table.codes.get(code);
  if (entry) return { table: table.id, code, entry, byPrefix: false };
  for (const [prefix, prefixEntry] of table.prefixes) {
    if (code.startsWith(prefix)) return { table: table.id, code, entry: prefixEntry, byPrefix: true };
  }
  return null;
}

/** Carrier names and codes repeat endlessly; their normalised forms are remembered, up to a bound. */
const MEMO_LIMIT = 10_000;

function remember<T>(memo: Map<string, T>, key: string, compute: (key: string) => T): T {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const value = compute(key);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

export class CodeTables {
  private readonly byCarrierName = new Map<string, CompiledTable[]>();
  private readonly tablesMemo = new Map<string, CompiledTable[]>();
  private readonly codeMemo = new Map<string, string>();
  private readonly global: CompiledTable[] = [];

  constructor(tables: readonly CodeTable[]) {
    const carrierNames = new Map<string, string[]>();
    for (const carrier of ALL_CARRIERS) {
      const names = [carrier.id, carrier.name];
      carrierNames.set(carrier.id, names);
    }
    for (const table of tables) {
      const compiled = compile(table);
      for (const carrier of table.carriers) {
        if (carrier === "*") {
          this.global.push(compiled);
          continue;
        }
        const names = carrierNames.get(carrier);
        if (!names)
          throw new Error(
            `code table ${table.id} names carrier "${carrier}", which is not a known carrier id`,
          );
        for (const name of [...names, ...(table.aliases ?? [])]) this.register(name, compiled);
      }
    }
  }

  private register(name: string, table: CompiledTable): void {
    const key = normalizeCarrierName(name);
    if (key === "") return;
    const list = this.byCarrierName.get(key) ?? [];
    if (!list.includes(table)) list.push(table);
    this.byCarrierName.set(key, list);
  }

  /** The tables for a carrier given as an id or a display name ("UPS", "DHL Paket (Germany)"). */
  tablesFor(carrier: string | undefined): CompiledTable[] {
    if (!carrier) return [];
    return remember(this.tablesMemo, carrier, (name) => this.findTables(name));
  }

  private findTables(carrier: string): CompiledTable[] {
    return findByLeadingName(this.byCarrierName, normalizeCarrierName(carrier)) ?? [];
  }

  lookup(code: string, carrier?: string): CodeMatch | null {
    const normalized = remember(this.codeMemo, code, normalizeCode);
    if (normalized === "") return null;
    for (const table of this.tablesFor(carrier)) {
      const match = lookupIn(table, normalized);
      if (match) return match;
    }
    for (const table of this.global) {
      const match = lookupIn(table, normalized);
      if (match) return match;
    }
    return null;
  }
}
