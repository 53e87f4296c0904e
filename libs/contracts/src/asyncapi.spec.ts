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
