/**
 * Class/id/role vocabularies that mark page furniture, after Readability's "unlikely candidates" and
 * trafilatura's boilerplate XPath lists, extended with patterns common on news sites (share bars, newsletter
 * boxes, cookie banners, paywall teasers).
 */

/** "Unlikely candidate" heuristic: containers whose class/id says they are furniture. */
export const UNLIKELY_CLASS =
  /(^|[\s_-])(ad|ads|adv|advert|advertisement|advertising|ad-slot|adslot|agegate|ai2html|banner|breadcrumbs?|combx|comments?|commentlist|community|consent|cookies?|cover-wrap|disqus|donate|dropdown|extra|footer|gdpr|hidden|header|jump-link|legends?|masthead|menu|modal|navbar|navigation|nav|newsletter|outbrain|pagination|pager|paywall-prompt|popular|popup|print-only|promo|promos|recirc|recommend|recommended|recommendations|related|remark|replies|rss|share|sharing|shoutbox|sidebar|signup|skip|skyscraper|social|sponsor|sponsored|subscribe|subscription|supplemental|taboola|teaser-list|toolbar|trending|tweet|widget|yom-remote)s?([\s_-]|$)/i;

/** Readability's "maybe a candidate" escape hatch: these words keep a container even if it matched above. */
export const MAYBE_CANDIDATE_CLASS = /and|article|body|column|content|main|mathjax|shadow|story|entry|post-text|text/i;

/** Positive/negative class weights (Readability's getClassWeight), used when scoring candidates. */
export const POSITIVE_CLASS =
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose|rich-text|richtext/i;
export const NEGATIVE_CLASS =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|subscribe|social|byline|author-bio|cookie|breadcrumb|popular|trending|recommend/i;

/**
 * "Always boilerplate" heuristic: class/id tokens that are furniture wherever they appear, even inside the
 * article container (share bars, newsletter sign-ups, cookie notices, related-content rails, author bios).
 */
export const ALWAYS_BOILERPLATE_CLASS =
  /(^|[\s_-])(share|sharing|sharebar|share-bar|social-share|socialshare|social-links|social-media|newsletter|newsletter-signup|signup|subscribe|cookie|cookies|consent|gdpr|related|related-articles|related-content|related-posts|read-more|readmore|more-stories|recommended|recirculation|recirc|most-read|most-popular|trending|outbrain|taboola|comments?|comment-section|disqus|author-bio|bio-box|authorbox|author-box|tags|tag-list|taglist|breadcrumbs?|advert|advertisement|ad-container|ad-wrapper|ad-slot|adslot|dfp|sponsored|promo|promotion|paywall|print-only|skip-link|sr-only|visually-hidden|screen-reader-text|byline|dateline|post-meta|entry-meta|article-meta)([\s_-]|$)/i;

/** Tags that never hold article text. */
export const REMOVED_TAGS = new Set([
  'nav',
  'aside',
  'footer',
  'button',
  'input',
  'textarea',
  'select',
  'option',
  'label',
  'iframe',
  'frame',
  'frameset',
  'noscript',
  'dialog',
  'menu',
  'link',
  'meta',
  'head',
  'title',
  'audio',
  'video',
  'picture',
  'map',
]);

/** ARIA roles of page furniture. */
export const REMOVED_ROLES = new Set([
  'navigation',
  'menu',
  'menubar',
  'complementary',
  'banner',
  'contentinfo',
  'alert',
  'alertdialog',
  'dialog',
  'search',
  'tablist',
  'toolbar',
]);

/**
 * "Boilerplate line" heuristic: short blocks that are calls to action or labels rather than text, in several
 * languages. Only whole short blocks are dropped, never sentences that merely contain these words.
 */
export const BOILERPLATE_LINE =
  /^(advertisement|advertising|ad|sponsored( content)?|anzeige|werbung|publicité|publicidad|pubblicità|реклама|إعلان|广告|廣告|広告|광고|reklama|reclame|mainos|annons|read more|read next|more:?|related:?|see also:?|also read:?|continue reading|weiterlesen|lesen sie auch:?|mehr zum thema:?|lire aussi:?|à lire aussi:?|leer más|lee también:?|leia também:?|leggi anche:?|czytaj też:?|читайте также:?|share( this( article| story)?)?|share on (facebook|twitter|x)|tweet|follow us.*|sign up.*newsletter.*|subscribe( now)?.*|click here.*|all rights reserved.*|copyright ©.*|© \d{4}.*|image:?|photo:?|video:?|recommended( for you)?|more (in|on|from|about) [\w&,'’ -]{1,40}|trending( now| on [\w ]{1,30})?|most (popular|read|viewed|shared)|you (may|might) also like|related (articles?|stories|posts|content|news|coverage)|popular (posts|stories|articles)|latest (news|stories|posts)|top stories|editor'?s picks|das könnte sie auch interessieren|meistgelesen|vous aimerez aussi|à lire également|le più lette|te puede interesar|más leídas|lo más visto|najczęściej czytane|polecane|back to top|nach oben|retour en haut|volver arriba|torna su|table of contents|contents|inhaltsverzeichnis|sommaire|índice|discover more|see list|loading\b.*|\(visited [\d,]+ times.*\)|print|print this( page| article)?|drucken|artikel drucken|imprimer( cette page)?|imprimir|stampa|drukuj|tisk|permalink|permalien|short-url:.*|kurz-url:.*|\[?czytaj więcej\]?|więcej informacji:?|powiązane tematy:?|relacionadas|relacionados|comments?|kommentare|commentaires|comentarios|listen to (this )?article.*|\d+ (min|minute)s? read|advertisement - scroll to continue|story continues below( advertisement)?|skip advertisement|this article is more than \d+ (years?|months?) old|(show|hide|toggle|view|close) captions?|enlarge( this)? (image|photo)|expand( image| photo)?|(view|open|launch|see) (the )?(full |photo |image )?(gallery|slideshow)|((image|photo|slide|bild|foto) )?\d+ (of|\/|von|de|sur|di|z) \d+|(next|previous|prev) (image|photo|slide)|swipe (for more|to see more)|full ?screen|(play|watch) (the )?video|close)$/i;
