import { DomNode, ElementNode } from '../dom/node';
import { classAndId, walkElements } from '../dom/traverse';
import { BLOCK_TAGS } from '../scoring/block-tags';
import { ContentBlock } from '../types';
import { CAPTION_CLASS, MAX_CAPTION_CHARS } from './caption-lines';
import { stripEncodedMarkup } from './encoded-markup';

/**
 * Share of each paragraph's or heading's characters that sit inside links (kept aside so that the public
 * block objects stay clean); filter-blocks uses it to drop teaser links that survived container cleaning.
 */
export const blockLinkDensity = new WeakMap<ContentBlock, number>();

/**
 * Turns the chosen content into ordered, typed blocks: headings, paragraphs (including loose inline text
 * between blocks), lists, quotes, figure captions, data tables and preformatted text.
 */
export function serializeBlocks(roots: DomNode[]): ContentBlock[] {
  const blocks: ContentBlock[] = [];
  const inline: string[] = [];
  let linkDepth = 0;
  let codeDepth = 0;
  let linkChars = 0;
  let allChars = 0;

  const flush = (): void => {
    if (inline.length === 0) return;
    const text = cleanBlockText(inline.join(''));
    inline.length = 0;
    if (text) {
      const block: ContentBlock = { kind: 'paragraph', text };
      blockLinkDensity.set(block, allChars === 0 ? 0 : linkChars / allChars);
      blocks.push(block);
    }
    linkChars = 0;
    allChars = 0;
  };

  const visit = (node: DomNode): void => {
    if (node.kind === 'text') {
      const data = codeDepth > 0 || !mayHoldMarkup(node.data) ? node.data : stripEncodedMarkup(node.data);
      inline.push(data.replace(SOURCE_LINE_BREAKS, ' '));
      const length = node.data.trim().length;
      allChars += length;
      if (linkDepth > 0) linkChars += length;
      return;
    }
    if (CODE_TAGS.has(node.tag)) {
      codeDepth++;
      for (const child of node.children) visit(child);
      codeDepth--;
      return;
    }
    if (node.tag === 'a') {
      linkDepth++;
      for (const child of node.children) visit(child);
      linkDepth--;
      return;
    }
    const tag = node.tag;
    if (tag === 'br') {
      inline.push('\n');
      return;
    }
    if (tag === 'img' || tag === 'hr') return;
    const caption = markedCaption(node);
    if (caption !== null) {
      flush();
      if (caption) blocks.push({ kind: 'caption', text: caption });
      return;
    }
    if (!BLOCK_TAGS.has(tag) && tag !== 'figure' && tag !== 'figcaption') {
      for (const child of node.children) visit(child);
      return;
    }
    flush();
    if (/^h[1-6]$/.test(tag)) {
      const text = cleanBlockText(inlineTextOf(node));
      if (text) {
        const block: ContentBlock = { kind: 'heading', text, level: Number(tag[1]) };
        blockLinkDensity.set(block, linkShare(node));
        blocks.push(block);
      }
      return;
    }
    switch (tag) {
      case 'p':
        for (const child of node.children) visit(child);
        flush();
        return;
      case 'ul':
      case 'ol': {
        const items = tag === 'ol' ? numbered(node, listItems(node)) : listItems(node);
        if (items.length > 0) blocks.push({ kind: 'list', text: items.join('\n'), items });
        return;
      }
      case 'blockquote': {
        const inner = serializeBlocks(node.children);
        const text = inner.map((b) => b.text).join('\n');
        if (text) blocks.push({ kind: 'quote', text });
        return;
      }
      case 'figure': {
        // A figure that wraps a table, a list or paragraphs (WordPress's wp-block-table) holds body content:
        // serialised like any container, its figcaption still a caption block.
        if (holdsBodyContent(node)) break;
        walkElements(node, (el) => {
          if (el.tag !== 'figcaption') return;
          const text = cleanBlockText(inlineTextOf(el));
          if (text) blocks.push({ kind: 'caption', text });
          return false;
        });
        return;
      }
      case 'figcaption': {
        const text = cleanBlockText(inlineTextOf(node));
        if (text) blocks.push({ kind: 'caption', text });
        return;
      }
      case 'pre': {
        const text = inlineTextOf(node, true).replace(/^\n+|\s+$/g, '');
        if (text.trim()) blocks.push({ kind: 'preformatted', text });
        return;
      }
      case 'table':
        if (isLayoutTable(node)) break;
        {
          const text = tableText(node);
          if (text) blocks.push({ kind: 'table', text });
        }
        return;
    }
    for (const child of node.children) visit(child);
    flush();
  };

  for (const root of roots) {
    visit(root);
    flush();
  }
  return blocks;
}

/**
 * "Caption class" heuristic: an element whose class says caption or credit (wp-caption-text, image-credit)
 * and that holds no more than a caption's worth of text is a caption block, whatever its tag. Null when the
 * element is not one.
 */
function markedCaption(el: ElementNode): string | null {
  if (el.tag === 'body' || el.tag === 'article' || el.tag === 'main' || el.tag === 'figure') return null;
  const names = classAndId(el);
  if (!names || !CAPTION_CLASS.test(names)) return null;
  const text = cleanBlockText(inlineTextOf(el)).replace(/\n/g, ' ');
  return text.length <= MAX_CAPTION_CHARS ? text : null;
}

function holdsBodyContent(figure: ElementNode): boolean {
  let found = false;
  walkElements(figure, (el) => {
    if (found || el.tag === 'figcaption') return false;
    if (el.tag === 'table' || el.tag === 'ul' || el.tag === 'ol' || el.tag === 'p' || el.tag === 'pre') found = true;
  });
  return found;
}

function linkShare(el: ElementNode): number {
  let all = 0;
  let linked = 0;
  const visit = (node: DomNode, inLink: boolean): void => {
    if (node.kind === 'text') {
      const length = node.data.trim().length;
      all += length;
      if (inLink) linked += length;
    } else for (const child of node.children) visit(child, inLink || node.tag === 'a');
  };
  visit(el, false);
  return all === 0 ? 0 : linked / all;
}

/** Whitespace runs become one space; line breaks from <br> survive, trimmed, empty lines dropped. */
export function cleanBlockText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** Cheap pre-test for stripEncodedMarkup: almost no text node holds a '<' or an escaped one. */
function mayHoldMarkup(text: string): boolean {
  return text.indexOf('<') >= 0 || text.indexOf('&lt;') >= 0;
}

/** Inline elements whose text is code: tags written there are the subject, not leaked markup. */
const CODE_TAGS = new Set(['code', 'kbd', 'samp', 'tt', 'var']);

/** Line breaks in the HTML source are whitespace; only <br> (and <pre>) break lines in the text. */
const SOURCE_LINE_BREAKS = /[\r\n]+/g;

function inlineTextOf(el: ElementNode, preformatted = false): string {
  const parts: string[] = [];
  let codeDepth = preformatted ? 1 : 0;
  const visit = (node: DomNode): void => {
    if (node.kind === 'text') {
      const data = codeDepth > 0 || !mayHoldMarkup(node.data) ? node.data : stripEncodedMarkup(node.data);
      parts.push(preformatted ? data : data.replace(SOURCE_LINE_BREAKS, ' '));
    } else if (node.tag === 'br') parts.push('\n');
    else if (CODE_TAGS.has(node.tag)) {
      codeDepth++;
      for (const child of node.children) visit(child);
      codeDepth--;
    } else {
      const block = BLOCK_TAGS.has(node.tag);
      if (block) parts.push('\n');
      for (const child of node.children) visit(child);
      if (block) parts.push('\n');
    }
  };
  for (const child of el.children) visit(child);
  return parts.join('');
}

function listItems(list: ElementNode): string[] {
  const items: string[] = [];
  for (const child of list.children) {
    if (child.kind === 'text') {
      const text = cleanBlockText(child.data);
      if (text) items.push(text);
      continue;
    }
    const text = cleanBlockText(inlineTextOf(child)).replace(/\n/g, ' ');
    if (text) items.push(text);
  }
  return items;
}

/**
 * Ordered lists read as the browser renders them, "1. First step": the number is part of the item's text
 * (readers cite "step 3"). Items that already start with their own number keep it alone.
 */
function numbered(list: ElementNode, items: string[]): string[] {
  if (list.attrs.type && !/^1$/.test(list.attrs.type)) return items;
  const start = Number.parseInt(list.attrs.start ?? '1', 10);
  const first = Number.isFinite(start) ? start : 1;
  return items.map((item, i) => (/^\d/.test(item) ? item : `${first + i}. ${item}`));
}

/** Layout tables (page grids) hold paragraphs or other blocks in their cells; data tables hold short values. */
function isLayoutTable(table: ElementNode): boolean {
  let layout = false;
  walkElements(table, (el) => {
    if (layout) return false;
    if (el === table) return;
    if (el.tag === 'table' || el.tag === 'p' || el.tag === 'div' || el.tag === 'ul' || /^h[1-6]$/.test(el.tag)) {
      layout = true;
      return false;
    }
  });
  return layout;
}

function tableText(table: ElementNode): string {
  const rows: string[] = [];
  walkElements(table, (el) => {
    if (el.tag !== 'tr') return;
    const cells: string[] = [];
    for (const cell of el.children) {
      if (cell.kind !== 'element') continue;
      const text = cleanBlockText(inlineTextOf(cell)).replace(/\n/g, ' ');
      if (text) cells.push(text);
    }
    if (cells.length > 0) rows.push(cells.join(' | '));
    return false;
  });
  if (rows.length === 0) return cleanBlockText(inlineTextOf(table));
  return rows.join('\n');
}
