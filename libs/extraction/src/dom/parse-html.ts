import { Parser } from 'htmlparser2';
import { TimeBudget } from '../time-budget';
import { ElementNode, ParsedDocument, TextNode } from './node';

/**
 * Deeper nesting than this is flattened into the deepest kept element. Real articles nest a few dozen levels;
 * adversarial pages (5,000 nested tables) would otherwise make every recursive walk overflow the stack.
 */
export const MAX_DEPTH = 180;

/** Elements whose content is never text of the page. */
const SKIPPED_CONTENT = new Set(['script', 'style', 'template', 'svg', 'math', 'object', 'embed', 'canvas', 'select']);

/**
 * Parses HTML into our compact tree with htmlparser2's streaming tokenizer (which applies the usual implied
 * end tags). Scripts are dropped except JSON-LD, which is collected for metadata.
 */
export function parseHtml(html: string, budget?: TimeBudget): ParsedDocument {
  const root = new ElementNode('#root', {});
  const stack: (ElementNode | string)[] = [root];
  let current: ElementNode = root;
  let skipDepth = 0;
  let inJsonLd = false;
  let jsonLdBuffer = '';
  const jsonLdScripts: string[] = [];
  let truncatedDepth = false;
  let lastText: TextNode | null = null;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        budget?.check();
        if (skipDepth > 0) {
          skipDepth++;
          return;
        }
        if (SKIPPED_CONTENT.has(name)) {
          skipDepth = 1;
          if (name === 'script' && /ld\+json/i.test(attribs.type ?? '')) {
            inJsonLd = true;
            jsonLdBuffer = '';
          }
          return;
        }
        lastText = null;
        if (stack.length >= MAX_DEPTH) {
          truncatedDepth = true;
          stack.push(name);
          return;
        }
        const element = new ElementNode(name, attribs);
        current.appendChild(element);
        if (!VOID_ELEMENTS.has(name)) {
          stack.push(element);
          current = element;
        }
      },
      ontext(text) {
        if (skipDepth > 0) {
          if (inJsonLd) jsonLdBuffer += text;
          return;
        }
        if (lastText) lastText.data += text;
        else {
          lastText = new TextNode(text);
          current.appendChild(lastText);
        }
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          skipDepth--;
          if (skipDepth === 0 && inJsonLd) {
            jsonLdScripts.push(jsonLdBuffer);
            inJsonLd = false;
          }
          return;
        }
        if (VOID_ELEMENTS.has(name)) return;
        lastText = null;
        // Pop to the matching open element; htmlparser2 reports implied closes itself, so this is usually the top.
        for (let i = stack.length - 1; i > 0; i--) {
          const entry = stack[i];
          const tag = typeof entry === 'string' ? entry : entry.tag;
          if (tag === name) {
            stack.length = i;
            break;
          }
        }
        current = topElement(stack);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.end(html);
  return { root, jsonLdScripts, truncatedDepth };
}

function topElement(stack: (ElementNode | string)[]): ElementNode {
  for (let i = stack.length - 1; i >= 0; i--) {
    const entry = stack[i];
    if (typeof entry !== 'string') return entry;
  }
  return stack[0] as ElementNode;
}

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
