import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { applyJsonPatch, JsonPatchOperation } from './json-patch';

/**
 * A small kustomize renderer for the subset of kustomization fields Newsflow's deploy/kubernetes uses, so CI can
 * render the overlays with no kustomize or kubectl binary and no network: `resources` (files and directories),
 * `namespace`, `labels` (pairs, includeTemplates; not includeSelectors), `images`, and `patches` in their
 * JSON6902 form with a kind/name target. Any other field is refused loudly, so a manifest change that needs
 * more of kustomize fails here instead of rendering wrong. Where kubectl is installed, the static test also
 * compares this renderer's output with `kubectl kustomize`.
 */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; [key: string]: unknown };
  [key: string]: unknown;
}

interface Kustomization {
  apiVersion?: string;
  kind?: string;
  resources?: string[];
  namespace?: string;
  labels?: Array<{ pairs: Record<string, string>; includeSelectors?: boolean; includeTemplates?: boolean }>;
  images?: Array<{ name: string; newName?: string; newTag?: string; digest?: string }>;
  patches?: Array<{ target?: { kind?: string; name?: string }; patch?: string; path?: string }>;
}

const SUPPORTED_FIELDS = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'labels', 'images', 'patches']);

/** Kinds without a namespace: the namespace transformer leaves them alone. */
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PersistentVolume',
  'StorageClass',
  'PriorityClass',
  'IngressClass',
  'ClusterTriggerAuthentication',
]);

/** Kinds whose namespace kustomize also rewrites inside the object (subjects): not supported here. */
const NAMESPACE_REFERENCING = new Set(['RoleBinding', 'ClusterRoleBinding', 'ValidatingWebhookConfiguration']);

export function readYamlObjects(file: string): K8sObject[] {
  return parseAllDocuments(readFileSync(file, 'utf8'))
    .map((doc) => {
      if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
      return doc.toJS() as K8sObject | null;
    })
    .filter((o): o is K8sObject => o !== null);
}

function loadKustomization(dir: string): Kustomization {
  const file = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']
    .map((f) => path.join(dir, f))
    .find((f) => existsSync(f));
  if (!file) throw new Error(`${dir}: no kustomization file`);
  const [k] = readYamlObjects(file) as unknown as Kustomization[];
  for (const field of Object.keys(k)) {
    if (!SUPPORTED_FIELDS.has(field)) throw new Error(`${file}: kustomization field "${field}" is not supported`);
  }
  return k;
}

/** Renders the kustomization in `dir` (recursively through directory resources). */
export function renderKustomization(dir: string): K8sObject[] {
  const k = loadKustomization(dir);
  let objects: K8sObject[] = [];
  for (const resource of k.resources ?? []) {
    const target = path.resolve(dir, resource);
    if (!existsSync(target)) throw new Error(`${dir}: resource ${resource} does not exist`);
    objects.push(...(statSync(target).isDirectory() ? renderKustomization(target) : readYamlObjects(target)));
  }
  for (const patch of k.patches ?? []) objects = objects.map((o) => applyPatch(dir, o, patch));
  if (k.namespace) objects = objects.map((o) => withNamespace(o, k.namespace!));
  for (const label of k.labels ?? []) objects = objects.map((o) => withLabels(o, label));
  for (const image of k.images ?? []) objects = objects.map((o) => withImage(o, image));
  assertUnique(objects);
  return objects;
}

function applyPatch(dir: string, object: K8sObject, patch: NonNullable<Kustomization['patches']>[number]): K8sObject {
  const { target } = patch;
  if (!target) throw new Error(`${dir}: patches without a target are not supported`);
  for (const key of Object.keys(target)) {
    if (key !== 'kind' && key !== 'name') throw new Error(`${dir}: patch target field "${key}" is not supported`);
  }
  // kustomize matches target names (and kinds) as anchored regular expressions.
  const matches = (pattern: string | undefined, value: string) =>
    pattern === undefined || new RegExp(`^(?:${pattern})$`).test(value);
  if (!matches(target.kind, object.kind) || !matches(target.name, object.metadata.name)) return object;
  const text = patch.patch ?? (patch.path ? readFileSync(path.resolve(dir, patch.path), 'utf8') : undefined);
  if (text === undefined) throw new Error(`${dir}: patch has neither patch nor path`);
  const operations = parseAllDocuments(text)[0].toJS() as unknown;
  if (!Array.isArray(operations)) throw new Error(`${dir}: only JSON6902 patches (a list of operations) are supported`);
  try {
    return applyJsonPatch(object, operations as JsonPatchOperation[]);
  } catch (err) {
    throw new Error(`${dir}: patch on ${object.kind}/${object.metadata.name}: ${(err as Error).message}`);
  }
}

function withNamespace(object: K8sObject, namespace: string): K8sObject {
  if (NAMESPACE_REFERENCING.has(object.kind)) throw new Error(`namespace transformer: ${object.kind} is not supported`);
  // Like kustomize: a Namespace object in the resources becomes the namespace being set.
  if (object.kind === 'Namespace') return { ...object, metadata: { ...object.metadata, name: namespace } };
  if (CLUSTER_SCOPED.has(object.kind)) return object;
  return { ...object, metadata: { ...object.metadata, namespace } };
}

/** The pod template of a workload, where labels (includeTemplates) and images are applied. */
function podTemplate(object: K8sObject): { metadata?: Record<string, unknown>; spec?: PodSpec } | undefined {
  const spec = object.spec as Record<string, unknown> | undefined;
  if (!spec) return undefined;
  if (object.kind === 'CronJob') {
    return ((spec.jobTemplate as Record<string, unknown>)?.spec as Record<string, unknown>)?.template as never;
  }
  if (['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'].includes(object.kind)) {
    return spec.template as never;
  }
  return undefined;
}

interface PodSpec {
  containers?: Array<{ image?: string }>;
  initContainers?: Array<{ image?: string }>;
}

function withLabels(object: K8sObject, label: NonNullable<Kustomization['labels']>[number]): K8sObject {
  if (label.includeSelectors) throw new Error('labels with includeSelectors are not supported');
  const result = structuredClone(object);
  result.metadata.labels = { ...(result.metadata.labels ?? {}), ...label.pairs };
  const template = label.includeTemplates ? podTemplate(result) : undefined;
  if (template) {
    template.metadata ??= {};
    template.metadata.labels = { ...((template.metadata.labels as object) ?? {}), ...label.pairs };
  }
  return result;
}

/** Splits an image reference into name, tag and digest (a registry port is part of the name). */
export function parseImage(image: string): { name: string; tag?: string; digest?: string } {
  const [withoutDigest, digest] = image.split('@');
  const slash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  if (colon > slash) return { name: withoutDigest.slice(0, colon), tag: withoutDigest.slice(colon + 1), digest };
  return { name: withoutDigest, digest };
}

function withImage(object: K8sObject, image: NonNullable<Kustomization['images']>[number]): K8sObject {
  const result = structuredClone(object);
  const spec = podTemplate(result)?.spec;
  for (const container of [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])]) {
    if (!container.image) continue;
    const current = parseImage(container.image);
    if (current.name !== image.name) continue;
    const name = image.newName ?? current.name;
    if (image.digest) container.image = `${name}@${image.digest}`;
    else {
      const tag = image.newTag ?? current.tag;
      container.image = tag ? `${name}:${tag}` : name;
      if (!image.newTag && current.digest) container.image += `@${current.digest}`;
    }
  }
  return result;
}

export function objectId(o: K8sObject): string {
  return `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
}

function assertUnique(objects: K8sObject[]): void {
  const seen = new Set<string>();
  for (const o of objects) {
    const id = objectId(o);
    if (seen.has(id)) throw new Error(`duplicate object ${id}`);
    seen.add(id);
  }
}
