/**
 * Finds which of many phrases occur in a normalised text, in one pass over the text.
 *
 * A phrase is normalised text with optional `*` at either end: "deliver*" matches "delivered"
 * and "delivery"; "*zustell*" matches inside "Paketzustellung". Without a `*`, a phrase must
 * start and end on a word boundary, so "ship" does not match "shipment" nor "relationship".
 * Characters of scripts written without spaces are boundaries everywhere.
 *
 * The phrases live in two character tries: phrases that must start a word, walked from word
 * starts only, and phrases marked `*…`, walked from every position. A walk stops at the first
 * character its trie does not have, so the cost is the text length times the (short) depth of
 * the walks, whatever the number of phrases.
 */
import { isContinuousScript, normalizeForMatch } from "./normalize-text.ts";

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Phrases that end at this node. */
  ends: PhraseEnd[];
}

interface PhraseEnd {
  id: number;
  rightBoundary: boolean;
}

export interface ParsedPhrase {
  /** The phrase without its `*` marks, normalised. */
  body: string;
  leftBoundary: boolean;
  rightBoundary: boolean;
}

export function parsePhrase(phrase: string): ParsedPhrase {
  const trimmed = phrase.trim();
  const leftBoundary = !trimmed.startsWith("*");
  const rightBoundary = !trimmed.endsWith("*");
  const body = normalizeForMatch(trimmed.replace(/^\*+|\*+$/g, ""));
  return { body, leftBoundary, rightBoundary };
}

const SPACE = 0x20;

function isBoundaryBefore(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text.charCodeAt(index - 1);
  return before === SPACE || isContinuousScript(before) || isContinuousScript(text.charCodeAt(index));
}

function isBoundaryAfter(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const after = text.charCodeAt(end);
  return after === SPACE || isContinuousScript(after) || isContinuousScript(text.charCodeAt(end - 1));
}

export class PhraseMatcher {
  /** Phrases that start on a word boundary. */
  private readonly root: TrieNode = { next: new Map(), ends: [] };
  /** Phrases marked `*…`, which may start inside a word. */
  private readonly inside: TrieNode = { next: new Map(), ends: [] };
  /** The first level of both tries as arrays indexed by character: most walks end there. */
  private readonly rootFirst: (TrieNode | undefined)[] = new Array(65_536);
  private readonly insideFirst: (TrieNode | undefined)[] = new Array(65_536);
  private readonly ids = new Map<string, number>();
  private readonly lengths: number[] = [];

  /** Adds a phrase (see the module comment for the syntax) and returns its id; equal phrases share one. */
  add(phrase: string): number {
    const key = phrase.trim();
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const parsed = parsePhrase(key);
    if (parsed.body === "") throw new Error(`phrase "${phrase}" is empty once normalised`);
    const id = this.lengths.length;
    this.ids.set(key, id);
    this.lengths.push(parsed.body.length);
    let node = parsed.leftBoundary ? this.root : this.inside;
    for (let i = 0; i < parsed.body.length; i++) {
      const code = parsed.body.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map(), ends: [] };
        node.next.set(code, child);
      }
      node = child;
    }
    node.ends.push({ id, rightBoundary: parsed.rightBoundary });
    const first = parsed.body.charCodeAt(0);
    const level = parsed.leftBoundary ? this.rootFirst : this.insideFirst;
    level[first] = (parsed.leftBoundary ? this.root : this.inside).next.get(first);
    return id;
  }

  /** Normalised length of a phrase: how much of the text it accounts for when it matches. */
  lengthOf(id: number): number {
    return this.lengths[id] ?? 0;
  }

  /** Ids of the phrases found in `text`, which must already be normalised. */
  match(text: string): Set<number> {
    const found = new Set<number>();
    for (let start = 0; start < text.length; start++) {
      const code = text.charCodeAt(start);
      if (code === SPACE) continue;
      const fromRoot = this.rootFirst[code];
      if (fromRoot && isBoundaryBefore(text, start)) this.walk(fromRoot, text, start, found);
      const fromInside = this.insideFirst[code];
      if (fromInside) this.walk(fromInside, text, start, found);
    }
    return found;
  }

  /** Walks on from the node of the first character, `text[start]`. */
  private walk(first: TrieNode, text: string, start: number, found: Set<number>): void {
    let node: TrieNode | undefined = first;
    let i = start;
    while (true) {
      for (const end of node.ends) {
        if (end.rightBoundary && !isBoundaryAfter(text, i + 1)) continue;
        found.add(end.id);
      }
      i++;
      if (i >= text.length) return;
      node = node.next.get(text.charCodeAt(i));
      if (!node) return;
    }
  }
}
