/**
 * HTML pages of the misbehaving newsroom: a few good articles and the pages a crawler must recognise and
 * never publish as articles (bot walls, paywalls, empty JavaScript shells). All text written for the fixture.
 */

export interface NewsroomArticle {
  slug: string;
  title: string;
  published: string;
  paragraphs: string[];
}

export const NEWSROOM_ARTICLES: NewsroomArticle[] = [
  {
    slug: 'harbour-bridge-reopens',
    title: 'Harbour bridge reopens after six months of repairs',
    published: '2026-03-02T08:30:00Z',
    paragraphs: [
      'The harbour bridge reopened to traffic on Monday morning after six months of repairs to its steel deck, the city transport office said.',
      'Engineers replaced more than four hundred corroded plates and resurfaced both carriageways. Cyclists get a separated lane for the first time.',
      'Commuters had faced detours of up to forty minutes while the crossing was closed. Ferry operators, who added extra sailings during the works, will return to their normal timetable next week.',
    ],
  },
  {
    slug: 'library-extends-opening-hours',
    title: 'Central library extends opening hours for exam season',
    published: '2026-03-03T10:00:00Z',
    paragraphs: [
      'The central library will stay open until midnight on weekdays from next Monday until the end of the exam period.',
      'Librarians said demand for study spaces had doubled since January, with queues forming before the doors opened at nine.',
      'The extra hours are funded by a one-off grant from the regional education board and will be reviewed in June.',
    ],
  },
  {
    slug: 'orchard-harvest-record',
    title: 'Orchards report record apple harvest despite late frost',
    published: '2026-03-04T06:15:00Z',
    paragraphs: [
      'Fruit growers in the valley picked a record apple crop this season, the growers association said, despite a late frost that damaged blossom in April.',
      'Warm weather in the summer months let the surviving fruit grow larger than usual. Prices at the wholesale market fell by a tenth.',
      'Growers warned that labour shortages could leave part of next year\u2019s crop unpicked unless seasonal visa rules are relaxed.',
    ],
  },
];

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A complete, ordinary article page, with rel=canonical pointing at `canonicalUrl`. */
export function articlePage(article: NewsroomArticle, canonicalUrl: string): string {
  const body = article.paragraphs.map((p) => `      <p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(article.title)} - The Misbehaving Newsroom</title>
  <link rel="canonical" href="${canonicalUrl}">
  <meta property="og:title" content="${escapeHtml(article.title)}">
  <meta property="article:published_time" content="${article.published}">
</head>
<body>
  <header><nav><a href="/">Home</a> <a href="/feeds/rss.xml">RSS</a></nav></header>
  <main>
    <article>
      <h1>${escapeHtml(article.title)}</h1>
      <time datetime="${article.published}">${article.published.slice(0, 10)}</time>
${body}
    </article>
  </main>
  <footer>The Misbehaving Newsroom, a test fixture.</footer>
</body>
</html>
`;
}

export function homePage(): string {
  const links = NEWSROOM_ARTICLES.map((a) => `<li><a href="/articles/${a.slug}.html">${escapeHtml(a.title)}</a></li>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>The Misbehaving Newsroom</title>
<link rel="alternate" type="application/rss+xml" href="/feeds/rss.xml"></head>
<body><h1>The Misbehaving Newsroom</h1><p>Latest stories from a newsroom that breaks every rule of HTTP.</p><ul>${links.join('')}</ul></body></html>
`;
}

/** A Cloudflare-style managed challenge, served with 403 and `cf-mitigated: challenge` as Cloudflare does. */
export function botWallPage(): string {
  return `<!DOCTYPE html>
<html lang="en-US"><head><title>Just a moment...</title>
<meta http-equiv="refresh" content="390">
<script src="/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1"></script></head>
<body><div class="main-wrapper"><h1>news.example</h1>
<h2 id="challenge-running">Checking if the site connection is secure</h2>
<p>Verify you are human by completing the action below.</p>
<div id="challenge-form"></div>
<p>news.example needs to review the security of your connection before proceeding.</p>
<div class="footer">Performance &amp; security by Cloudflare</div></div></body></html>
`;
}

/** A subscription wall: a teaser paragraph, then a login/subscribe prompt instead of the story. */
export function paywallPage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Budget talks collapse - The Misbehaving Newsroom</title></head>
<body><article><h1>Budget talks collapse at the last minute</h1>
<p>Negotiators left the council chamber shortly after midnight without an agreement.</p>
<div class="paywall" id="subscriber-only">
<h2>Subscribe to continue reading</h2>
<p>This article is for subscribers only. Already a subscriber? <a href="/login">Log in</a> to keep reading.</p>
<a class="button" href="/subscribe">Subscribe now for $1 a week</a>
</div></article></body></html>
`;
}

/** A single-page-app shell: no text, an empty root element and a bundle. */
export function jsShellPage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>News</title>
<link rel="stylesheet" href="/static/app.css"></head>
<body><noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"></div>
<script src="/static/js/vendor.8f3a1.js"></script>
<script src="/static/js/main.2b7c9.js"></script></body></html>
`;
}

/** A generic server error page. */
export function errorPage(status: number): string {
  return `<!doctype html><html><head><title>${status} Internal Server Error</title></head><body><h1>Internal Server Error</h1><p>The server encountered an error and could not complete your request.</p></body></html>\n`;
}
