import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyJsonPatch } from './support/json-patch';
import { parseImage, renderKustomization } from './support/kustomize-lite';

describe('applyJsonPatch', () => {
  const doc = { a: { b: 1, list: [1, 2, 3] }, 'x/y': { '~t': 0 } };

  it('adds, replaces, removes and tests, without touching the input', () => {
    const out = applyJsonPatch(doc, [
      { op: 'replace', path: '/a/b', value: 2 },
      { op: 'add', path: '/a/c', value: { d: true } },
      { op: 'add', path: '/a/list/-', value: 4 },
      { op: 'add', path: '/a/list/0', value: 0 },
      { op: 'remove', path: '/a/list/1' },
      { op: 'replace', path: '/x~1y/~0t', value: 9 },
      { op: 'test', path: '/a/b', value: 2 },
    ]);
    expect(out).toEqual({ a: { b: 2, c: { d: true }, list: [0, 2, 3, 4] }, 'x/y': { '~t': 9 } });
    expect(doc.a.b).toBe(1);
  });

  it('refuses operations that do not apply', () => {
    expect(() => applyJsonPatch(doc, [{ op: 'replace', path: '/a/missing', value: 1 }])).toThrow(/nothing to replace/);
    expect(() => applyJsonPatch(doc, [{ op: 'add', path: '/nope/deeper', value: 1 }])).toThrow(/does not exist/);
    expect(() => applyJsonPatch(doc, [{ op: 'move', path: '/a/b' }])).toThrow(/unsupported/);
    expect(() => applyJsonPatch(doc, [{ op: 'test', path: '/a/b', value: 5 }])).toThrow(/test failed/);
  });
});

describe('parseImage', () => {
  it.each([
    ['newsflow', { name: 'newsflow' }],
    ['newsflow:1.2', { name: 'newsflow', tag: '1.2' }],
    ['registry.example.com:5000/team/newsflow', { name: 'registry.example.com:5000/team/newsflow' }],
    [
      'registry.example.com:5000/newsflow:v1@sha256:abc',
      { name: 'registry.example.com:5000/newsflow', tag: 'v1', digest: 'sha256:abc' },
    ],
  ])('%s', (image, expected) => {
    expect(parseImage(image)).toEqual(expected);
  });
});

describe('renderKustomization', () => {
  let root: string;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'kustomize-lite-'));
    write('base/kustomization.yaml', 'resources:\n  - app.yaml\n  - ns.yaml\n');
    write(
      'base/app.yaml',
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: web, labels: {app: web}}',
        'spec:',
        '  replicas: 1',
        '  selector: {matchLabels: {app: web}}',
        '  template:',
        '    metadata: {labels: {app: web}}',
        '    spec: {containers: [{name: web, image: "web:1"}, {name: side, image: other}]}',
        '---',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: {name: cfg}',
        'data: {A: "1"}',
      ].join('\n'),
    );
    write('base/ns.yaml', 'apiVersion: v1\nkind: Namespace\nmetadata: {name: keep}\n');
    write(
      'overlay/kustomization.yaml',
      [
        'namespace: team',
        'resources: [../base]',
        'labels:',
        '  - pairs: {env: dev}',
        '    includeTemplates: true',
        'images:',
        '  - {name: web, newName: registry.example.com/web, newTag: "2"}',
        'patches:',
        '  - target: {kind: ConfigMap, name: cfg}',
        '    patch: |-',
        '      - {op: replace, path: /data/A, value: "2"}',
        '  - target: {kind: Deployment}',
        '    patch: |-',
        '      - {op: replace, path: /spec/replicas, value: 3}',
      ].join('\n'),
    );
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('applies namespace, labels, images and JSON6902 patches over directory resources', () => {
    const objects = renderKustomization(path.join(root, 'overlay'));
    const byKind = Object.fromEntries(objects.map((o) => [o.kind, o]));
    expect(byKind.Deployment.metadata).toEqual({ name: 'web', namespace: 'team', labels: { app: 'web', env: 'dev' } });
    const spec = byKind.Deployment.spec as {
      replicas: number;
      selector: unknown;
      template: { metadata: unknown; spec: { containers: Array<{ image: string }> } };
    };
    expect(spec.replicas).toBe(3);
    expect(spec.selector).toEqual({ matchLabels: { app: 'web' } });
    expect(spec.template.metadata).toEqual({ labels: { app: 'web', env: 'dev' } });
    expect(spec.template.spec.containers.map((c) => c.image)).toEqual(['registry.example.com/web:2', 'other']);
    expect(byKind.ConfigMap).toMatchObject({ metadata: { namespace: 'team' }, data: { A: '2' } });
    expect(byKind.Namespace.metadata).toEqual({ name: 'team', labels: { env: 'dev' } });
  });

  it('refuses kustomization fields it does not implement', () => {
    write('overlay/kustomization.yaml', 'resources: [../base]\nnamePrefix: x-\n');
    expect(() => renderKustomization(path.join(root, 'overlay'))).toThrow(/"namePrefix" is not supported/);
    write(
      'overlay/kustomization.yaml',
      'resources: [../base]\npatches:\n  - target: {kind: ConfigMap}\n    patch: "data: {A: x}"\n',
    );
    expect(() => renderKustomization(path.join(root, 'overlay'))).toThrow(/only JSON6902/);
  });

  const kubectl = (() => {
    try {
      execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  (kubectl ? it : it.skip)('renders this fixture like kubectl kustomize (when kubectl is installed)', () => {
    const { parseAllDocuments } = jest.requireActual('yaml') as typeof import('yaml');
    const theirs = parseAllDocuments(
      execFileSync('kubectl', ['kustomize', path.join(root, 'overlay')], { encoding: 'utf8' }),
    ).map((d) => d.toJS());
    const ours = renderKustomization(path.join(root, 'overlay'));
    const key = (o: { kind: string; metadata: { name: string } }) => `${o.kind}/${o.metadata.name}`;
    expect(Object.fromEntries(ours.map((o) => [key(o), o]))).toEqual(
      Object.fromEntries(theirs.map((o) => [key(o), o])),
    );
  });
});
