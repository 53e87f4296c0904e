import { createHash } from 'node:crypto';

/**
 * What counts as "the content changed" for revisions: the title and the body text, whitespace-normalised so a
 * re-rendered page with different line breaks is not a new revision.
 */
export function contentHash(title: string | null, text: string): string {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  return createHash('sha256')
    .update(norm(title ?? ''))
    .update('\u0000')
    .update(norm(text))
    .digest('hex');
}
