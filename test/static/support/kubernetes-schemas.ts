import { K8sObject } from './kustomize-lite';

/**
 * Validation of rendered objects against the Kubernetes API schemas shipped in npm packages (kubernetes-models
 * for the built-in kinds, @kubernetes-models/keda and @kubernetes-models/prometheus-operator for the CRDs), with
 * no cluster and no network. These schemas check types, required fields and enums; they do not reject unknown
 * fields, which the manifests test checks for the fields that matter (probes, resources, security context).
 */
function modulePathFor(apiVersion: string, kind: string): string {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  if (!/^[A-Za-z]+$/.test(kind) || !/^v\d+(alpha\d+|beta\d+)?$/.test(version)) {
    throw new Error(`unexpected apiVersion/kind ${apiVersion} ${kind}`);
  }
  if (group === 'keda.sh') return `@kubernetes-models/keda/keda.sh/${version}/${kind}`;
  if (group === 'monitoring.coreos.com') {
    return `@kubernetes-models/prometheus-operator/monitoring.coreos.com/${version}/${kind}`;
  }
  return group === '' ? `kubernetes-models/${version}/${kind}` : `kubernetes-models/${group}/${version}/${kind}`;
}

interface ModelClass {
  new (data: unknown): { validate(): void };
}

/** Returns the schema errors of `object` (empty when valid); an unknown apiVersion/kind is an error too. */
export async function schemaErrors(object: K8sObject): Promise<string[]> {
  let Model: ModelClass | undefined;
  try {
    const mod = (await import(modulePathFor(object.apiVersion, object.kind))) as Record<string, ModelClass>;
    Model = mod[object.kind];
  } catch (err) {
    return [`no schema for ${object.apiVersion} ${object.kind}: ${(err as Error).message.split('\n')[0]}`];
  }
  if (!Model) return [`no schema for ${object.apiVersion} ${object.kind}`];
  try {
    new Model(object).validate();
    return [];
  } catch (err) {
    return [(err as Error).message];
  }
}
