import { Tokenizer } from 'htmlparser2';
import { TimeBudget } from '../time-budget';
import { BLOCK_TAGS } from '../scoring/block-tags';
import { IMPLIED_CLOSES, VOID_ELEMENTS } from './html-rules';
import { ElementNode, ParsedDocument, TextNode } from './node';
import { PLACEHOLDER_ID, SEGMENT_ID, placeStreamedSegments } from './streamed-segments';

/**
 * Deeper nesting than this is flattened into the deepest kept element. Real articles nest a few dozen levels;
 * adversarial pages (5,000 nested tables) would otherwise make every recursive walk overflow the stack.
 */
export const MAX_DEPTH = 180;

/** How far down the open-element stack a close tag looks for its element; stray close tags beyond are ignored. */
const CLOSE_TAG_SCOPE = 256;

/**
 * The attributes extraction reads; others (event handlers, tracking data-*, sizes, alt texts) are dropped while
 * parsing, which saves most of the attribute work on script-heavy pages.
 */
export const KEPT_ATTRIBUTES = new Set([
  'class',
  'id',
  'itemprop',
  'itemtype',
  'rel',
  'href',
  'src',
  'srcset',
  'data-src',
  'data-original',
  'type',
  'role',
  'lang',
  'xml:lang',
  'aria-label',
  'aria-hidden',
  'hidden',
  'style',
  'datetime',
  'pubdate',
  'content',
  'name',
  'property',
  'http-equiv',
  'charset',
  // <ol start>: ordered lists are numbered as rendered
  'start',
]);

const WHITESPACE_ONLY = /^[ \t\n\r\f]*$/;

/** Elements whose direct text content is never rendered (only their children's). */
const NO_TEXT_CONTENT = new Set([
  'html',
  'head',
  'ul',
  'ol',
  'dl',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'colgroup',
]);

/** Elements whose content is never text of the page. */
const SKIPPED_CONTENT = new Set([
  'script',
  'style',
  'template',
  'svg',
  'math',
  'object',
  'canvas',
  'select',
  'noembed',
]);

/**
 * Parses HTML into our compact tree, driving htmlparser2's Tokenizer directly with our own open-element
 * stack. (htmlparser2's Parser keeps its stack with Array.unshift, which is quadratic on deeply nested
 * pages, and builds objects we do not need.) The usual implied end tags are applied (a <p> closes an open
 * <p>, an <li> an open <li>, ...). Scripts are dropped except JSON-LD, which is collected for metadata.
 */
export function parseHtml(html: string, budget?: TimeBudget): ParsedDocument {
  const builder = new TreeBuilder(html, budget);
  const tokenizer = new Tokenizer({ decodeEntities: true }, builder);
  tokenizer.write(html);
  tokenizer.end();
  return builder.result();
}

/** Data scripts are kept up to this many characters per page (state blobs can be megabytes). */
const MAX_DATA_SCRIPT_CHARS = 1_000_000;

/** How a data script starts: a JSON document, or a state assignment (window.__X__ = , self.__next_f.push). */
const DATA_SCRIPT_START = /^\s*([[{]|(window|self|globalThis)\.__\w+|var __\w+\s*=|window\[["']__)/;

class TreeBuilder {
  private readonly root = new ElementNode('#root', {});
  /** Open elements; plain strings are elements cut at MAX_DEPTH (kept only to match their close tags). */
  private readonly stack: (ElementNode | string)[] = [this.root];
  private current: ElementNode = this.root;
  private lastText: TextNode | null = null;
  private readonly jsonLdScripts: string[] = [];
  private readonly dataScripts: string[] = [];
  private dataScriptChars = 0;
  private truncatedDepth = false;
  /** React streaming: `<template id="P:x">` placeholders and the hidden `<div id="S:x">` segments for them. */
  private readonly placeholders: ElementNode[] = [];
  private readonly segments: ElementNode[] = [];

  // The tag being opened.
  private tagName = '';
  private attrs: Record<string, string> = {};
  private attrName = '';
  private attrValue = '';
  private keepAttr = false;

  // Skipped content (scripts, styles, SVG, ...): the tag that started it and its nesting count.
  private skipTag: string | null = null;
  private skipDepth = 0;
  private jsonLd: string | null = null;
  private dataScript: string | null = null;

  constructor(
    private readonly html: string,
    private readonly budget?: TimeBudget,
  ) {}

  result(): ParsedDocument {
    if (this.placeholders.length > 0 && this.segments.length > 0)
      placeStreamedSegments(this.placeholders, this.segments);
    return {
      root: this.root,
      jsonLdScripts: this.jsonLdScripts,
      dataScripts: this.dataScripts,
      truncatedDepth: this.truncatedDepth,
    };
  }

  ontext(start: number, endIndex: number): void {
    this.appendText(this.html.slice(start, endIndex));
  }

  ontextentity(codepoint: number): void {
    this.appendText(String.fromCodePoint(codepoint));
  }

  onopentagname(start: number, endIndex: number): void {
    this.tagName = this.html.slice(start, endIndex).toLowerCase();
    this.attrs = {};
  }

  onattribname(start: number, endIndex: number): void {
    const name = this.html.slice(start, endIndex).toLowerCase();
    this.attrName = name;
    this.attrValue = '';
    // The first occurrence of an attribute wins, as in browsers.
    this.keepAttr = KEPT_ATTRIBUTES.has(name) && this.attrs[name] === undefined;
  }

  onattribdata(start: number, endIndex: number): void {
    if (this.keepAttr) this.attrValue += this.html.slice(start, endIndex);
  }

  onattribentity(codepoint: number): void {
    if (this.keepAttr) this.attrValue += String.fromCodePoint(codepoint);
  }

  onattribend(): void {
    if (this.keepAttr) this.attrs[this.attrName] = this.attrValue;
    this.keepAttr = false;
  }

  onopentagend(): void {
    this.openElement(false);
  }

  onselfclosingtag(): void {
    this.openElement(true);
  }

  onclosetag(start: number, endIndex: number): void {
    const name = this.html.slice(start, endIndex).toLowerCase();
    if (this.skipTag !== null) {
      if (name === this.skipTag) {
        if (--this.skipDepth === 0) this.endSkip();
        return;
      }
      // A close tag of an element that was open before the skipped one ends it implicitly (an unclosed
      // <select> inside a <div> ends at </div>), as browsers do; otherwise the rest of the page would be lost.
      if (!this.isOpen(name)) return;
      this.endSkip();
    }
    if (VOID_ELEMENTS.has(name)) {
      if (name === 'br') this.current.appendChild(new ElementNode('br', {})); // </br> is read as <br>
      return;
    }
    const stack = this.stack;
    const lowest = Math.max(1, stack.length - CLOSE_TAG_SCOPE);
    for (let i = stack.length - 1; i >= lowest; i--) {
      const entry = stack[i];
      if ((typeof entry === 'string' ? entry : entry.tag) === name) {
        stack.length = i;
        this.current = topElement(stack);
        this.lastText = null;
        return;
      }
    }
    // A close tag without an open element is ignored (browsers turn a stray </p> into an empty <p>).
  }

  private endSkip(): void {
    if (this.jsonLd !== null) this.jsonLdScripts.push(this.jsonLd);
    this.jsonLd = null;
    if (this.dataScript) {
      this.dataScripts.push(this.dataScript);
      this.dataScriptChars += this.dataScript.length;
    }
    this.dataScript = null;
    this.skipTag = null;
    this.skipDepth = 0;
  }

  private isOpen(name: string): boolean {
    const stack = this.stack;
    const lowest = Math.max(1, stack.length - CLOSE_TAG_SCOPE);
    for (let i = stack.length - 1; i >= lowest; i--) {
      const entry = stack[i];
      if ((typeof entry === 'string' ? entry : entry.tag) === name) return true;
    }
    return false;
  }

  oncomment(): void {}
  oncdata(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
  onend(): void {}

  private openElement(selfClosing: boolean): void {
    const name = this.tagName;
    this.budget?.check();
    if (this.skipTag !== null) {
      if (name === this.skipTag && !selfClosing) this.skipDepth++;
      return;
    }
    if (SKIPPED_CONTENT.has(name)) {
      if (name === 'template' && PLACEHOLDER_ID.test(this.attrs.id ?? '')) {
        // kept as an empty element: streamed content is put in its place (streamed-segments.ts)
        const placeholder = new ElementNode('template', { id: this.attrs.id });
        this.current.appendChild(placeholder);
        this.placeholders.push(placeholder);
      }
      if (selfClosing) return;
      this.skipTag = name;
      this.skipDepth = 1;
      this.jsonLd = name === 'script' && /ld\+json/i.test(this.attrs.type ?? '') ? '' : null;
      this.dataScript =
        name === 'script' &&
        this.jsonLd === null &&
        this.attrs.src === undefined &&
        this.dataScriptChars < MAX_DATA_SCRIPT_CHARS &&
        /^$|json|javascript/i.test(this.attrs.type ?? '')
          ? ''
          : null;
      return;
    }
    this.closeImplied(name);
    this.lastText = null;
    const isVoid = VOID_ELEMENTS.has(name);
    if (this.stack.length >= MAX_DEPTH) {
      this.truncatedDepth = true;
      if (!isVoid) this.stack.push(name);
      return;
    }
    const element = new ElementNode(name, this.attrs);
    this.current.appendChild(element);
    if (this.attrs.hidden !== undefined && SEGMENT_ID.test(this.attrs.id ?? '')) this.segments.push(element);
    if (!isVoid) {
      this.stack.push(element);
      this.current = element;
    }
  }

  /** Implied end tags: e.g. an open <p> is closed by a new block, an open <li> by the next <li>. */
  private closeImplied(name: string): void {
    const closes = IMPLIED_CLOSES.get(name);
    if (!closes) return;
    const stack = this.stack;
    const before = stack.length;
    while (stack.length > 1) {
      const top = stack[stack.length - 1];
      if (!closes.has(typeof top === 'string' ? top : top.tag)) break;
      stack.length--;
    }
    if (stack.length !== before) this.current = topElement(stack);
  }

  private appendText(text: string): void {
    if (this.skipTag !== null) {
      if (this.jsonLd !== null) this.jsonLd += text;
      else if (this.dataScript !== null) {
        // decided on the script's first characters: most inline scripts are code, not data
        if (this.dataScript.length === 0 && !DATA_SCRIPT_START.test(text.slice(0, 200))) this.dataScript = null;
        else this.dataScript += text;
      }
      return;
    }
    if (this.lastText && this.lastText.parent === this.current) {
      this.lastText.data += text;
      return;
    }
    // Whitespace-only text at the start of a block or after a block-level child renders as nothing;
    // dropping it saves a third of the nodes of a typical page. Between inline elements, and as the whole
    // content of an inline one (code highlighters write every space as <span class="w"> </span>), it is kept.
    if (WHITESPACE_ONLY.test(text)) {
      const children = this.current.children;
      const previous = children[children.length - 1];
      if (
        (!previous && BLOCK_TAGS.has(this.current.tag)) ||
        (previous !== undefined && previous.kind === 'element' && BLOCK_TAGS.has(previous.tag)) ||
        NO_TEXT_CONTENT.has(this.current.tag)
      ) {
        return;
      }
    }
    this.lastText = new TextNode(text);
    this.current.appendChild(this.lastText);
  }
}

/**
 * The innermost real element: entries below MAX_DEPTH are always elements and entries above it always cut
 * names, so this is O(1) even with thousands of unclosed tags.
 */
function topElement(stack: (ElementNode | string)[]): ElementNode {
  return stack[Math.min(stack.length, MAX_DEPTH) - 1] as ElementNode;
}
