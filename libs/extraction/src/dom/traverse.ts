import { DomNode, ElementNode } from './node';

/** Depth-first pre-order walk over elements (iterative: the tree can be deep). Return false to skip a subtree. */
export function walkElements(root: ElementNode, visit: (el: ElementNode) => boolean | void): void {
  const stack: ElementNode[] = [root];
  while (stack.length > 0) {
    const el = stack.pop() as ElementNode;
    if (visit(el) === false) continue;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i];
      if (child.kind === 'element') stack.push(child);
    }
  }
}

export function findAll(root: ElementNode, predicate: (el: ElementNode) => boolean): ElementNode[] {
  const out: ElementNode[] = [];
  walkElements(root, (el) => {
    if (predicate(el)) out.push(el);
  });
  return out;
}

export function findFirst(root: ElementNode, predicate: (el: ElementNode) => boolean): ElementNode | null {
  let found: ElementNode | null = null;
  walkElements(root, (el) => {
    if (found) return false;
    if (predicate(el)) {
      found = el;
      return false;
    }
  });
  return found;
}

/** Raw text content (no whitespace normalisation). */
export function textContent(node: DomNode): string {
  if (node.kind === 'text') return node.data;
  const parts: string[] = [];
  const stack: DomNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as DomNode;
    if (n.kind === 'text') parts.push(n.data);
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return parts.join('');
}

/** The first `maxChars` characters (about) of an element's text, without building the whole string. */
export function textPrefix(node: DomNode, maxChars: number): string {
  const parts: string[] = [];
  let length = 0;
  const stack: DomNode[] = [node];
  while (stack.length > 0 && length < maxChars) {
    const n = stack.pop() as DomNode;
    if (n.kind === 'text') {
      parts.push(n.data);
      length += n.data.length;
    } else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return parts.join('').slice(0, maxChars);
}

/** Text with whitespace runs collapsed to single spaces and trimmed. */
export function normalizedText(node: DomNode): string {
  return collapseWhitespace(textContent(node));
}

export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/**
 * Removes many nodes at once: one pass per affected parent instead of one indexOf/splice per node, which
 * would be quadratic on pages with tens of thousands of siblings.
 */
export function removeNodes(nodes: Iterable<DomNode>): void {
  const parents = new Set<ElementNode>();
  for (const node of nodes) {
    if (node.parent) parents.add(node.parent);
    detach(node);
  }
  compactChildren(parents);
}

/** Marks a node as removed without touching its parent's child list (see compactChildren). */
export function detach(node: DomNode): void {
  node.parent = null;
}

/** Drops detached children (whose parent pointer no longer points back) from the given parents' lists. */
export function compactChildren(parents: Iterable<ElementNode>): void {
  for (const parent of parents) parent.children = parent.children.filter((child) => child.parent === parent);
}

export function removeNode(node: DomNode): void {
  const parent = node.parent;
  if (!parent) return;
  const index = parent.children.indexOf(node);
  if (index >= 0) parent.children.splice(index, 1);
  node.parent = null;
}

export function classAndId(el: ElementNode): string {
  const cls = el.attrs.class;
  const id = el.attrs.id;
  if (cls && id) return `${cls} ${id}`;
  return cls ?? id ?? '';
}

export function ancestors(el: ElementNode): ElementNode[] {
  const out: ElementNode[] = [];
  for (let p = el.parent; p; p = p.parent) out.push(p);
  return out;
}
