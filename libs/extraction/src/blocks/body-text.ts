import { ContentBlock } from '../types';

/** The body as plain text: blocks joined by blank lines (lists one item per line). */
export function blocksToText(blocks: ContentBlock[]): string {
  return blocks.map((b) => (b.kind === 'list' && b.items ? b.items.join('\n') : b.text)).join('\n\n');
}
