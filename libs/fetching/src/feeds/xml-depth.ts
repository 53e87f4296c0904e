import { FeedParseError } from './feed-types';

/**
 * How deep XML elements may nest in a feed, sitemap or OPML document. Real ones nest under 20 levels (an Atom
 * entry's XHTML content adds a few dozen at most); a deeper document is refused rather than read, because every
 * open element costs work on each later tag (htmlparser2 keeps its open-element stack with unshift/shift, so
 * unbounded depth made parsing quadratic: 100k nested tags took 11 s).
 */
export const MAX_XML_DEPTH = 256;

/**
 * An XML document nested deeper than {@link MAX_XML_DEPTH} elements: refused, not parsed. A {@link FeedParseError},
 * so callers that treat unreadable feeds as "not a feed" need nothing new.
 */
export class XmlTooDeepError extends FeedParseError {
  override readonly name: string = 'XmlTooDeepError';

  constructor(readonly maxDepth: number = MAX_XML_DEPTH) {
    super(`XML elements nested deeper than ${maxDepth} levels`);
  }
}
