/**
 * RFC 6902 JSON Patch, the operations kustomize's `patches:` accept in their JSON6902 form (add, remove, replace,
 * test; copy and move are not used by Newsflow's overlays and are refused rather than half-implemented).
 */
export interface JsonPatchOperation {
  op: string;
  path: string;
  value?: unknown;
}

type Container = Record<string, unknown> | unknown[];

function pointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new Error(`JSON pointer must start with "/": ${path}`);
  return path
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(doc: unknown, tokens: string[], path: string): { parent: Container; key: string } {
  let node = doc;
  for (const token of tokens.slice(0, -1)) {
    if (Array.isArray(node)) node = node[arrayIndex(token, node.length - 1, path)];
    else if (node && typeof node === 'object') node = (node as Record<string, unknown>)[token];
    else node = undefined;
    if (node === undefined) throw new Error(`path ${path}: "${token}" does not exist`);
  }
  if (!node || typeof node !== 'object') throw new Error(`path ${path}: parent is not an object or array`);
  return { parent: node as Container, key: tokens[tokens.length - 1] };
}

function arrayIndex(token: string, max: number, path: string): number {
  if (!/^(0|[1-9]\d*)$/.test(token)) throw new Error(`path ${path}: "${token}" is not an array index`);
  const index = Number(token);
  if (index > max) throw new Error(`path ${path}: index ${index} out of range`);
  return index;
}

/** Applies the operations to a deep copy of `doc` and returns it; throws on any operation that does not apply. */
export function applyJsonPatch<T>(doc: T, operations: JsonPatchOperation[]): T {
  const result = structuredClone(doc);
  for (const { op, path, value } of operations) {
    const tokens = pointer(path);
    if (tokens.length === 0) throw new Error('patching the whole document is not supported');
    const { parent, key } = parentOf(result, tokens, path);
    if (Array.isArray(parent)) {
      switch (op) {
        case 'add':
          parent.splice(key === '-' ? parent.length : arrayIndex(key, parent.length, path), 0, structuredClone(value));
          break;
        case 'replace':
          parent[arrayIndex(key, parent.length - 1, path)] = structuredClone(value);
          break;
        case 'remove':
          parent.splice(arrayIndex(key, parent.length - 1, path), 1);
          break;
        case 'test':
          if (JSON.stringify(parent[arrayIndex(key, parent.length - 1, path)]) !== JSON.stringify(value)) {
            throw new Error(`test failed at ${path}`);
          }
          break;
        default:
          throw new Error(`unsupported JSON patch op "${op}"`);
      }
      continue;
    }
    const exists = Object.prototype.hasOwnProperty.call(parent, key);
    switch (op) {
      case 'add':
        parent[key] = structuredClone(value);
        break;
      case 'replace':
        if (!exists) throw new Error(`replace at ${path}: nothing to replace`);
        parent[key] = structuredClone(value);
        break;
      case 'remove':
        if (!exists) throw new Error(`remove at ${path}: nothing to remove`);
        delete parent[key];
        break;
      case 'test':
        if (JSON.stringify(parent[key]) !== JSON.stringify(value)) throw new Error(`test failed at ${path}`);
        break;
      default:
        throw new Error(`unsupported JSON patch op "${op}"`);
    }
  }
  return result;
}
