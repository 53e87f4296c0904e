import { ContentBlock } from '../types';

/**
 * Lines of page furniture that sit inside the article container: tag and category strips, newsletter and
 * donation appeals, the author's bio box, truncated teaser excerpts. Each test looks at one whole block.
 */

/** "Tags line" heuristic: "Tags: Employment, Health", "Filed under: ...", "Article Tags:". */
const TAGS_LINE =
  /^(article )?(tags?|tagged( with)?|filed under|categories|category|topics|posted in|schlagw(ö|o)rter|themen|stichworte|étiquettes|mots-clés|etiquetas|temas|tagi|tematy)\s*[:：]/iu;

export function isTagsLine(text: string): boolean {
  return text.length < 300 && TAGS_LINE.test(text);
}

/** "Sign-up line" heuristic: a short call to join a newsletter or mailing list, anywhere in the body. */
const SIGN_UP =
  /((sign up|subscribe|register)\b.{0,60}\b(newsletter|inbox|e-?mail|updates)|newsletter\b.{0,80}\b(sign up|subscribe|inbox|delivered)|get (it|them|our [\p{L} ]{1,30}) (in|delivered to) your inbox|not share your e-?mail|unsubscribe at any time)/iu;

export function isSignUpLine(text: string): boolean {
  return text.length < 220 && SIGN_UP.test(text);
}

/**
 * "Appeal line" heuristic: after the story, short requests for money, membership, feedback or republishing
 * ("Since you made it to the bottom of this article, we have a small favor to ask").
 */
const APPEAL =
  /(donat(e|ion|ing)|fundrais(ing|er) (campaign|drive|effort)|small favou?r to ask|join (in )?the conversation|(comment(ing)?|let us know) (below|in the comments)|leave (us )?a comment|^what do you think\?|support (our|us|independent|this|the) (mission|journalism|work|reporting)|become a (paid )?(subscriber|member|supporter|patron)|we need your (help|support)|please consider (pitching in|supporting|giving|a donation)|share your (story|feedback|thoughts)|help (us )?improve (our|this) site|republish (our|this) (articles?|story)|join (over|more than) [\d,.]+k?\+? |fill out the form below|(was|is) this (article|newsletter|story) (helpful|forwarded))/iu;

export function isAppealLine(text: string, maxChars = 300): boolean {
  return text.length < maxChars && APPEAL.test(text);
}

/** An appeal box's body paragraph, after its first line was taken as an appeal, may run longer. */
export const APPEAL_BOX_CHARS = 700;

/**
 * "Greeting bio" heuristic (near the end only): a blog's about-me box opens with a greeting and the
 * writer's name ("Hey, I'm Jessica! Welcome to ...").
 */
const GREETING_BIO = /^(hi|hey|hello|howdy)( there| everyone| friends)?[,!.]?\s+(i['’]m|i am|my name is)\s+\p{Lu}/iu;

export function isGreetingBio(text: string): boolean {
  return text.length < 700 && GREETING_BIO.test(text);
}

/**
 * "Trailing labels" heuristic: the body ends in a run of three or more one-to-three-word lines without
 * sentence punctuation (facet names "Medium", "Theme", "Genre"; "Search"; product tabs): a filter or menu
 * strip after the article, not its text. Returns how many blocks at the end of `blocks` form such a run
 * (headings inside the run are counted with it, never alone).
 */
export function trailingLabelRun(blocks: ContentBlock[]): number {
  let labels = 0;
  let run = 0;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i];
    if (block.kind === 'heading' && block.text.length <= 60) {
      run++;
      continue;
    }
    if (block.kind !== 'paragraph' || !isLabel(block.text)) break;
    labels++;
    run++;
  }
  return labels >= 3 ? run : 0;
}

function isLabel(text: string): boolean {
  return text.length <= 30 && text.split(' ').length <= 3 && !/[.!?:;,]$/.test(text);
}

/**
 * "Author bio" heuristic (near the end only): a line that is just an author's name, or a short paragraph
 * that starts with the name and says who they are ("Benjamin Preston covered ...", "Jane Doe is a ...").
 */
/** A line that is just one of the authors' names (a bio box's heading). */
export function isAuthorName(text: string, authors: string[]): boolean {
  for (const author of authors) {
    const name = author.trim();
    if (name.length >= 4 && name.length === text.length && name.toLowerCase() === text.toLowerCase()) return true;
  }
  return false;
}

export function isAuthorBio(text: string, authors: string[]): boolean {
  const lower = text.toLowerCase();
  for (const author of authors) {
    const name = author.toLowerCase().trim();
    if (name.length < 4) continue;
    if (lower === name) return true;
    if (text.length < 700 && lower.startsWith(name) && /^[\s,(]/.test(lower.slice(name.length))) {
      const rest = lower.slice(name.length).replace(/^[\s,(]+/, '');
      if (/^(is|was|has|covers|covered|writes|wrote|joined|serves|reports|leads|lives|\(|cfp|phd|md)\b/.test(rest))
        return true;
      if (/^[\p{L} ]{2,40}(is|was) (a|an|the)\b/u.test(rest)) return true;
    }
  }
  return false;
}

/**
 * "Truncated teaser" heuristic: excerpts of other articles cut off with an ellipsis, two or more in a row
 * ("THE SALVATION ARMY continued its long-standing tradition of community outreach ..."). Teaser cards put
 * short labels between the excerpts (section kicker, author, date: "Front Page", "Webmaster", "December 19,
 * 2025"), so the neighbouring excerpt is looked for past up to CARD_LABELS blocks shorter than an excerpt.
 */
export function isTruncatedTeaser(blocks: ContentBlock[], index: number): boolean {
  if (!isCutExcerpt(blocks[index])) return false;
  return cutExcerptNear(blocks, index, -1) || cutExcerptNear(blocks, index, 1);
}

const CARD_LABELS = 4;
const MIN_EXCERPT_CHARS = 80;

function isCutExcerpt(b: ContentBlock | undefined): boolean {
  return (
    b !== undefined &&
    b.kind === 'paragraph' &&
    b.text.length >= MIN_EXCERPT_CHARS &&
    b.text.length < 400 &&
    /(\.\.\.|…)$/.test(b.text)
  );
}

function cutExcerptNear(blocks: ContentBlock[], index: number, step: 1 | -1): boolean {
  for (let i = index + step, labels = 0; i >= 0 && i < blocks.length; i += step) {
    const block = blocks[i];
    if (isCutExcerpt(block)) return true;
    if (block.text.length >= MIN_EXCERPT_CHARS || block.kind === 'list' || ++labels > CARD_LABELS) return false;
  }
  return false;
}

/**
 * "Contact strip" heuristic (after the story): the publisher's or writer's address block, a line of phone,
 * fax and e-mail details ("Contact staff writer Jane Doe at 212-678-3595 or jane@example.org").
 */
const PHONE = /(\+\d{1,3}[\s.-]?)?(\(\d{2,4}\)[\s.-]?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}/;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]{2,}/;
const CONTACT_WORD =
  /\b(contact|call|phone|tel|telephone|fax|e-?mail|reach|write to|kontakt|telefon|téléphone|teléfono)\b/i;
const CONTACT_LABEL =
  /^(tel|phone|telephone|fax|e-?mail|address|adresse|anschrift|telefon|téléphone|teléfono|dirección)\.?\s*[:：]/i;

export function isContactLine(text: string): boolean {
  if (text.length >= 250) return false;
  if (CONTACT_LABEL.test(text)) return true;
  return CONTACT_WORD.test(text) && (PHONE.test(text) || EMAIL.test(text));
}
