import { Parser } from 'htmlparser2';

/** A minimal element tree built by htmlparser2 in XML mode: enough to read feeds without a DOM library. */
export interface XmlElement {
  /** Qualified name, lower-cased (`item`, `atom:link`, `rdf:rdf`). */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated text directly inside this element (CDATA included). */
  text: string;
}

/**
 * Parses XML leniently: unclosed elements are closed at the end, stray `&` and unknown entities are kept as
 * text, so a truncated or sloppy feed still yields everything before the damage ("best effort" parsing).
 */
export function parseXmlTree(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const el: XmlElement = { name: name.toLowerCase(), attrs: lowerKeys(attrs), children: [], text: '' };
        stack[stack.length - 1].children.push(el);
        stack.push(el);
      },
      ontext(data) {
        stack[stack.length - 1].text += data;
      },
      onclosetag(name) {
        const lower = name.toLowerCase();
        // Close up to the matching element; ignore a close tag nothing matches.
        for (let i = stack.length - 1; i > 0; i--) {
          if (stack[i].name === lower) {
            stack.length = i;
            return;
          }
        }
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true, recognizeSelfClosing: true },
  );
  parser.write(xml);
  parser.end();
  return root;
}

function lowerKeys(attrs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k.toLowerCase(), v]));
}

/** Local name without namespace prefix: `atom:link` → `link`. */
export function localName(el: XmlElement): string {
  const i = el.name.indexOf(':');
  return i >= 0 ? el.name.slice(i + 1) : el.name;
}

/** First child whose qualified or local name is one of `names`. */
export function child(el: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  return el?.children.find((c) => names.includes(c.name) || names.includes(localName(c)));
}

export function children(el: XmlElement | undefined, ...names: string[]): XmlElement[] {
  return el ? el.children.filter((c) => names.includes(c.name) || names.includes(localName(c))) : [];
}

/** Trimmed text of an element and its descendants. */
export function textOf(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  const parts: string[] = [];
  const walk = (e: XmlElement) => {
    parts.push(e.text);
    e.children.forEach(walk);
  };
  walk(el);
  const text = parts.join('').trim();
  return text === '' ? undefined : text;
}

/** Depth-first search for the first element with one of the given names. */
export function findFirst(el: XmlElement, ...names: string[]): XmlElement | undefined {
  for (const c of el.children) {
    if (names.includes(c.name) || names.includes(localName(c))) return c;
    const deeper = findFirst(c, ...names);
    if (deeper) return deeper;
  }
  return undefined;
}
