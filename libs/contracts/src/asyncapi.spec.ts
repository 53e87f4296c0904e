import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildAsyncApiDocument } from './asyncapi';
import { allTopics } from './topics';

describe('AsyncAPI document', () => {
  const doc = buildAsyncApiDocument() as {
    channels: Record<string, { address: string }>;
    components: { messages: object };
  };

  it('describes every declared topic, dead-letter topics included', () => {
    const addresses = Object.values(doc.channels)
      .map((c) => c.address)
      .sort();
    expect(addresses).toEqual(
      allTopics()
        .map((t) => t.name)
        .sort(),
    );
  });

  it('is committed as docs/asyncapi.json, up to date (regenerate: npm run -s newsflow -- contracts asyncapi > docs/asyncapi.json)', () => {
    const committed = JSON.parse(readFileSync(path.join(__dirname, '../../../docs/asyncapi.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});

describe('AsyncAPI document, as the AsyncAPI tools read it', () => {
  it('validates with the AsyncAPI parser: no error, no warning', async () => {
    const { Parser, DiagnosticSeverity } = await import('@asyncapi/parser');
    const { document, diagnostics } = await new Parser().parse(JSON.stringify(buildAsyncApiDocument()));
    const serious = diagnostics
      .filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning)
      .map((d) => `${d.code}: ${d.message} at ${d.path.join('.')}`);
    expect(serious).toEqual([]);
    expect(document).toBeDefined();
    // Servers, and a message schema on every channel, dead letters and retries included: what a generator needs.
    expect(
      document!
        .servers()
        .all()
        .map((s) => s.id()),
    ).toEqual(['local', 'production']);
    for (const channel of document!.channels().all()) expect(channel.messages().all().length).toBeGreaterThan(0);
    const deadLetter = document!.components().messages().get('indexerDeadLetter')!;
    expect(Object.keys(deadLetter.headers()!.properties() ?? {})).toEqual(
      expect.arrayContaining(['newsflow-error-class', 'newsflow-original-topic', 'newsflow-original-offset']),
    );
  });
});
