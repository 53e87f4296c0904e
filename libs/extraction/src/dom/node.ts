/**
 * A compact DOM: just what extraction needs (tag, attributes, children, parent, text). Building this from
 * htmlparser2's callbacks is several times cheaper than a full DOM implementation.
 */
export class TextNode {
  readonly kind = 'text' as const;
  parent: ElementNode | null = null;
  constructor(public data: string) {}
}

export class ElementNode {
  readonly kind = 'element' as const;
  parent: ElementNode | null = null;
  children: DomNode[] = [];
  /** Scratch space of TextStatsCache (stored on the node: far cheaper than a Map on large pages). */
  cachedStats: unknown = undefined;
  cachedStatsGeneration = 0;
  constructor(
    public readonly tag: string,
    public readonly attrs: Record<string, string>,
  ) {}

  attr(name: string): string | undefined {
    return this.attrs[name];
  }

  appendChild(child: DomNode): void {
    child.parent = this;
    this.children.push(child);
  }
}

export type DomNode = ElementNode | TextNode;

/** The parsed page: the root element plus the raw JSON-LD scripts, which the parser keeps aside. */
export interface ParsedDocument {
  root: ElementNode;
  jsonLdScripts: string[];
  /**
   * Inline data scripts (application/json such as Next.js's __NEXT_DATA__, and state assignments such as
   * window.__INITIAL_STATE__ = {...}), up to a total size: some pages carry their dates only there.
   */
  dataScripts: string[];
  /** True when nesting was cut at the depth limit (malformed or adversarial markup). */
  truncatedDepth: boolean;
}
