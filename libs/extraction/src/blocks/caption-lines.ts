/**
 * Captions and photo credits that are not marked up as <figcaption>: CMS caption classes, and paragraphs that
 * read as a picture's caption or credit. They become 'caption' blocks (kept in `blocks`, left out of `text`).
 */

/** "Caption class" heuristic: class/id tokens of caption and credit elements (wp-caption-text, image-credit). */
export const CAPTION_CLASS =
  /(^|[\s_-])(caption|captions|figcaption|caption-text|credit|credits|image-credit|photo-credit|media-credit|img-credit|image-source|photo-source|gallery-caption)([\s_-]|$)/i;

/** A caption element holds a line or two, never the article: above this many characters it is not a caption. */
export const MAX_CAPTION_CHARS = 600;

const AGENCIES =
  'getty images|getty|shutterstock|istock(photo)?|reuters|ap photo|associated press|afp|epa|dpa|unsplash|pexels|pixabay|alamy|adobe stock|imago|picture alliance|keystone|anadolu|xinhua';

/** "Credit line" heuristic: a short line that only names where a picture comes from. */
const CREDIT_LINE = new RegExp(
  [
    // "Photo: Ann Lee", "Image source: The Motley Fool.", "Source: Pexels, Credit: Han", "Foto: dpa"
    String.raw`^(photo(graph)?s?|images?|pictures?|picture credit|photo credit|image credit|credits?|image source|photo source|source|illustration|foto|fotos|bild|bildquelle|quelle|crédit|crédits|photo de|fuente|fonte|źródło|zdjęcie)\s*(by|courtesy( of)?|via)?\s*[:：]`,
    // "Photo by Solen Feyissa on Unsplash", "Image courtesy of NASA"
    String.raw`^(photo(graph)?|image|illustration|picture|video) (by|courtesy of|via|from)\s`,
    // "Firn | Getty Images", "Jane Doe/Reuters"
    String.raw`^[^.!?]{0,80}[|/]\s*(${AGENCIES})\b[^.!?]{0,40}\.?$`,
    // "(Photo: Getty Images)" alone
    String.raw`^\((photo|image|foto|bild|credit)s?\s*[:：][^)]*\)$`,
    // "© 2019 Jon Norris", "Copyright 2020 AP"
    String.raw`^(©|\(c\)|copyright)\s*\d{4}\b`,
  ].join('|'),
  'iu',
);

/** Short lines carrying a credit at their end ("... | Photo by Lisa Jennings", "... (Photo: Getty Images)"). */
const TRAILING_CREDIT = new RegExp(
  String.raw`(\|\s*(photo|image|foto|credit)s?\b[^|]{0,60}|\|\s*©[^|]{0,60}|\((photo|image|foto|bild|credit)s?\s*(by)?\s*[:：]?[^)]{0,60}\)|[|/]\s*(${AGENCIES})[^|]{0,30})\s*\.?$`,
  'iu',
);

/** "Caption lead" heuristic: captions that point at the picture ("Above: ...", "Pictured: ..."). */
const CAPTION_LEAD =
  /^(above|below|top|bottom|left|right|pictured|in the photo|oben|unten|ci-dessus|en haut)\s*[:：]\s*\S/iu;

/** Whether a paragraph is a picture's caption or credit rather than article prose. */
export function isCaptionLine(text: string): boolean {
  if (text.length > 400) return false;
  if (CREDIT_LINE.test(text) && text.length < 200) return true;
  if (CAPTION_LEAD.test(text)) return true;
  // only the line's end can hold a trailing credit: testing the last characters spares a scan of the whole line
  return text.length < 300 && /[|(/]/.test(text) && TRAILING_CREDIT.test(text.slice(-100));
}
