import { BLOCK_TAGS } from '../scoring/block-tags';
import { DomNode, ElementNode } from './node';

/** Per-element text measures, computed bottom-up in one pass and cached until the tree changes. */
export interface TextStats {
  /** Characters of text, whitespace runs counted as one. */
  textLength: number;
  /** Of which inside <a> elements. */
  linkLength: number;
  /** Commas (Latin, CJK and Arabic): Readability's cue for real sentences. */
  commas: number;
  paragraphs: number;
  listItems: number;
  images: number;
  headings: number;
  inputs: number;
  /** Block-level descendants (div, p, li, table, ...): zero means the element reads as one paragraph. */
  blocks: number;
}

/** Each cache instance gets its own generation, so stale values left on nodes by older caches are ignored. */
let nextGeneration = 1;

export class TextStatsCache {
  private generation = nextGeneration++;

  get(el: ElementNode): TextStats {
    if (el.cachedStatsGeneration === this.generation) return el.cachedStats as TextStats;
    this.computeSubtree(el);
    return el.cachedStats as TextStats;
  }

  clear(): void {
    this.generation = nextGeneration++;
  }

  /** Forgets an element and its ancestors (call after removing something below `el`); siblings stay cached. */
  invalidateFrom(el: ElementNode | null): void {
    for (let node = el; node; node = node.parent) node.cachedStatsGeneration = 0;
  }

  private has(el: ElementNode): boolean {
    return el.cachedStatsGeneration === this.generation;
  }

  /** Iterative post-order so that very deep trees cannot overflow the call stack. */
  private computeSubtree(root: ElementNode): void {
    const order: ElementNode[] = [];
    const stack: ElementNode[] = [root];
    while (stack.length > 0) {
      const el = stack.pop() as ElementNode;
      if (this.has(el)) continue;
      order.push(el);
      for (const child of el.children) if (child.kind === 'element' && child.parent === el) stack.push(child);
    }
    for (let i = order.length - 1; i >= 0; i--) {
      const el = order[i];
      const s: TextStats = {
        textLength: 0,
        linkLength: 0,
        commas: 0,
        paragraphs: 0,
        listItems: 0,
        images: 0,
        headings: 0,
        inputs: 0,
        blocks: 0,
      };
      for (const child of el.children) if (child.parent === el) addChild(s, child);
      const tag = el.tag;
      if (tag === 'a') s.linkLength = s.textLength;
      else if (tag === 'p') s.paragraphs++;
      else if (tag === 'li') s.listItems++;
      else if (tag === 'img') s.images++;
      else if (tag === 'input' || tag === 'textarea' || tag === 'select') s.inputs++;
      else if (tag.length === 2 && tag[0] === 'h' && tag[1] >= '1' && tag[1] <= '6') s.headings++;
      el.cachedStats = s;
      el.cachedStatsGeneration = this.generation;
    }
  }
}

function addChild(s: TextStats, child: DomNode): void {
  if (child.kind === 'text') {
    s.textLength += measureText(child.data);
    s.commas += countCommas(child.data);
    return;
  }
  const c = child.cachedStats as TextStats;
  s.blocks += c.blocks + (BLOCK_TAGS.has(child.tag) ? 1 : 0);
  s.textLength += c.textLength;
  s.linkLength += c.linkLength;
  s.commas += c.commas;
  s.paragraphs += c.paragraphs;
  s.listItems += c.listItems;
  s.images += c.images;
  s.headings += c.headings;
  s.inputs += c.inputs;
}

/** Length with whitespace runs counted as a single character. */
export function measureText(text: string): number {
  let length = 0;
  let inSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 9 || code === 13 || code === 160 || code === 12;
    if (space) {
      if (!inSpace) length++;
      inSpace = true;
    } else {
      length++;
      inSpace = false;
    }
  }
  return length;
}

export function countCommas(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x060c) n++;
  }
  return n;
}

export function linkDensity(s: TextStats): number {
  return s.textLength === 0 ? 0 : s.linkLength / s.textLength;
}
