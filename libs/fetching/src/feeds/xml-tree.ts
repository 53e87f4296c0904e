import { Parser } from 'htmlparser2';
import { XmlElement, XmlTreeBuilder } from './xml-tree-builder';

export type { XmlElement } from './xml-tree-builder';

/**
 * Parses XML leniently with htmlparser2 in XML mode: unclosed elements are closed at the end, stray `&` and unknown
 * entities are kept as text, so a truncated or sloppy feed still yields everything before the damage ("best effort"
 * parsing). Namespaces are resolved (see {@link XmlTreeBuilder}); nesting deeper than `MAX_XML_DEPTH` throws
 * `XmlTooDeepError`.
 */
export function parseXmlTree(xml: string): XmlElement {
  const builder = new XmlTreeBuilder();
  const parser = new Parser(
    {
      onopentag: (name, attrs) => builder.openElement(name, attrs),
      ontext: (data) => builder.text(data),
      onclosetag: (name) => builder.closeElement(name),
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true, recognizeSelfClosing: true },
  );
  parser.write(xml);
  parser.end();
  return builder.root;
}

/** Matches elements by namespace and local name: `named(RSS_NAMESPACES, 'link')` is RSS's link, not atom:link. */
export type XmlNameTest = (el: XmlElement) => boolean;

/** Elements whose local name is one of `locals` in one of `namespaces` ('' is no namespace). */
export function named(namespaces: readonly string[], ...locals: string[]): XmlNameTest {
  return (el) => locals.includes(el.local) && namespaces.includes(el.ns);
}

const matches = (el: XmlElement, tests: XmlNameTest[]) => tests.some((test) => test(el));

/** First child matching one of `tests`. */
export function child(el: XmlElement | undefined, ...tests: XmlNameTest[]): XmlElement | undefined {
  return el?.children.find((c) => matches(c, tests));
}

/** Children matching one of `tests`, in document order. */
export function children(el: XmlElement | undefined, ...tests: XmlNameTest[]): XmlElement[] {
  return el ? el.children.filter((c) => matches(c, tests)) : [];
}

/**
 * Trimmed text of an element and its descendants (each element's own text, then its children's). Walks with an
 * explicit stack: a document's depth is the sender's choice, the call stack's is not.
 */
export function textOf(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  const parts: string[] = [];
  for (const e of descendantsAndSelf(el)) parts.push(e.text);
  const text = parts.join('').trim();
  return text === '' ? undefined : text;
}

/** Depth-first (document order) search below `el` for the first element matching one of `tests`. */
export function findFirst(el: XmlElement, ...tests: XmlNameTest[]): XmlElement | undefined {
  for (const e of descendantsAndSelf(el)) if (e !== el && matches(e, tests)) return e;
  return undefined;
}

/** `el` and everything below it in document order, without recursion. */
export function* descendantsAndSelf(el: XmlElement): Generator<XmlElement> {
  const pending: XmlElement[] = [el];
  while (pending.length > 0) {
    const e = pending.pop()!;
    yield e;
    for (let i = e.children.length - 1; i >= 0; i--) pending.push(e.children[i]);
  }
}
