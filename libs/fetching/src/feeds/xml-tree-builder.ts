import { MAX_XML_DEPTH, XmlTooDeepError } from './xml-depth';
import { CONVENTIONAL_PREFIXES } from './xml-namespaces';

/** An element of the tree {@link XmlTreeBuilder} builds: enough to read feeds without a DOM library. */
export interface XmlElement {
  /** Qualified name as written, lower-cased (`item`, `atom:link`, `rdf:rdf`). */
  name: string;
  /** The namespace URI the element's prefix (or the default namespace) is bound to, lower-cased; '' for none. */
  ns: string;
  /** The name without its prefix, lower-cased (`link` for `atom:link`). */
  local: string;
  /** Attributes by qualified name, lower-cased (`href`, `xml:base`, `rdf:about`). */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated text directly inside this element (CDATA included). */
  text: string;
}

interface OpenElement {
  el: XmlElement;
  /** Prefixes this element bound (`''` for the default namespace), unbound again when it closes. */
  bound?: string[];
}

/**
 * Builds an {@link XmlElement} tree from a parser's open/text/close events, resolving namespace prefixes through
 * the xmlns declarations in scope. Lenient like the documents it reads: a close tag closes up to the matching open
 * element (a stray one is ignored), an undeclared prefix gets its conventional namespace, and an unknown one a namespace of its own.
 * Depth is capped at `maxDepth` ({@link XmlTooDeepError}); every event costs at most that much work.
 */
export class XmlTreeBuilder {
  readonly root: XmlElement = { name: '#document', ns: '', local: '#document', attrs: {}, children: [], text: '' };
  private readonly open: OpenElement[] = [{ el: this.root }];
  /** Namespace bindings in scope: prefix → URIs, innermost last (a stack per prefix, so lookups are O(1)). */
  private readonly bindings = new Map<string, string[]>();

  constructor(private readonly maxDepth = MAX_XML_DEPTH) {}

  openElement(qname: string, rawAttrs: Record<string, string>): void {
    if (this.open.length > this.maxDepth) throw new XmlTooDeepError(this.maxDepth);
    const attrs: Record<string, string> = {};
    let bound: string[] | undefined;
    for (const key of Object.keys(rawAttrs)) {
      const name = key.toLowerCase();
      const value = rawAttrs[key];
      attrs[name] = value;
      const prefix = name === 'xmlns' ? '' : name.startsWith('xmlns:') ? name.slice(6) : undefined;
      if (prefix === undefined) continue;
      (bound ??= []).push(prefix);
      const uris = this.bindings.get(prefix);
      const uri = value.trim().toLowerCase();
      if (uris) uris.push(uri);
      else this.bindings.set(prefix, [uri]);
    }
    const name = qname.toLowerCase();
    const colon = name.indexOf(':');
    const prefix = colon >= 0 ? name.slice(0, colon) : '';
    const el: XmlElement = {
      name,
      ns: this.namespaceOf(prefix),
      local: colon >= 0 ? name.slice(colon + 1) : name,
      attrs,
      children: [],
      text: '',
    };
    this.open[this.open.length - 1].el.children.push(el);
    this.open.push({ el, bound });
  }

  text(data: string): void {
    this.open[this.open.length - 1].el.text += data;
  }

  closeElement(qname: string): void {
    const name = qname.toLowerCase();
    // Close up to the matching element; ignore a close tag nothing matches (at most maxDepth steps).
    for (let i = this.open.length - 1; i > 0; i--) {
      if (this.open[i].el.name !== name) continue;
      while (this.open.length > i) this.unbind(this.open.pop()!);
      return;
    }
  }

  private unbind(closed: OpenElement): void {
    for (const prefix of closed.bound ?? []) this.bindings.get(prefix)?.pop();
  }

  private namespaceOf(prefix: string): string {
    const uris = this.bindings.get(prefix);
    if (uris && uris.length > 0) return uris[uris.length - 1];
    if (prefix === '') return '';
    // An unknown undeclared prefix names no vocabulary we read: `foo:title` must not pass for an RSS title.
    return CONVENTIONAL_PREFIXES[prefix] ?? `undeclared-prefix:${prefix}`;
  }
}
