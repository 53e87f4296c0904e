import { ContentBlock } from '../types';

/**
 * The body as plain text: the article's prose blocks joined by blank lines (lists one item per line). Caption
 * blocks stay in `blocks` but not in the text: captions and photo credits describe pictures, not the story,
 * and they repeat across gallery pages ("Photo: Getty Images").
 */
export function blocksToText(blocks: ContentBlock[]): string {
  return blocks
    .filter((b) => b.kind !== 'caption')
    .map((b) => (b.kind === 'list' && b.items ? b.items.join('\n') : b.text))
    .join('\n\n');
}
