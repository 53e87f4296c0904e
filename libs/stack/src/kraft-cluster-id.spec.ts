import { newKraftClusterId } from './kraft-cluster-id';

describe('newKraftClusterId', () => {
  it('is 22 URL-safe base64 characters', () => {
    for (let i = 0; i < 200; i++) expect(newKraftClusterId()).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/);
  });

  it('draws again when the id would start with "-", which StorageTool would read as an option', () => {
    // 0xf8 encodes as '-' in the first base64url character (index 62).
    const draws = [Buffer.alloc(16, 0xf8), Buffer.alloc(16, 0xf8), Buffer.alloc(16, 0x01)];
    const id = newKraftClusterId(() => draws.shift()!);
    expect(Buffer.alloc(16, 0xf8).toString('base64url')).toMatch(/^-/);
    expect(id).toBe(Buffer.alloc(16, 0x01).toString('base64url'));
    expect(draws).toHaveLength(0);
  });
});
