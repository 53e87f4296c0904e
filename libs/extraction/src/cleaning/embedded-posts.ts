import { ElementNode } from '../dom/node';
import { findFirst, textContent } from '../dom/traverse';

/**
 * "Embedded post" heuristic: social posts quoted in the story (X/Twitter, Instagram, TikTok, Bluesky, Threads,
 * Facebook, Mastodon, Reddit) arrive as a blockquote with the platform's class and the post's text, for a
 * script that is never run here. Their text is part of the article (the quote it reports), so no cleaning
 * rule removes them, although their class names ("tweet", "social", "instagram-media") look like furniture.
 */
const EMBEDDED_POST_CLASS =
  /(^|\s)(twitter-tweet|twitter-video|instagram-media|tiktok-embed|bluesky-embed|text-post-media|fb-xfbml-parse-ignore|mastodon-embed|reddit-embed-bq|reddit-card)(\s|$)/i;

export function isEmbeddedPost(el: ElementNode): boolean {
  return el.tag === 'blockquote' && EMBEDDED_POST_CLASS.test(el.attrs.class ?? '');
}

/** Whether the element is an embedded post or sits inside one. */
export function inEmbeddedPost(el: ElementNode): boolean {
  for (let p: ElementNode | null = el; p; p = p.parent) if (isEmbeddedPost(p)) return true;
  return false;
}

/**
 * Whether the element is or sits inside an embedded post, or is a wrapper around one (div.social-embed):
 * little besides the post, so that a sidebar holding a post among other widgets stays removable.
 */
export function touchesEmbeddedPost(el: ElementNode): boolean {
  if (inEmbeddedPost(el)) return true;
  const post = findFirst(el, isEmbeddedPost);
  if (!post) return false;
  return textContent(el).trim().length <= textContent(post).trim().length * 1.5 + 100;
}
