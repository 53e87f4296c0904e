/**
 * The reference article (the seed article of ../shared/seed, copied to ../fixtures/seed) rendered as a realistic
 * Press-TV-like news page: site header and navigation, breadcrumb, headline, date line, lead figure with caption,
 * the body, a share bar, related news, a newsletter/comment box, JSON-LD NewsArticle + BreadcrumbList, OpenGraph
 * meta and a site-wide footer. Extraction tests and the fixture news site use it; the text lives here (not read
 * from disk) so that compiled code needs no fixture files.
 */

export interface ReferenceArticleFacts {
  /** Path of the article page under the site's base URL. */
  path: string;
  title: string;
  /** Breadcrumb trail shown on the page. */
  sectionPath: string[];
  /** The 15 body paragraphs, in order. */
  paragraphs: string[];
  /** Lead image caption, credit included as printed. */
  caption: string;
  /** Photo credit as printed inside the caption. */
  credit: string;
  /** RFC 3339 publication time (Tehran time, +03:30). */
  publishedAt: string;
  /** Path of the lead image under the site's base URL. */
  imagePath: string;
  author: string;
  siteName: string;
  description: string;
  tags: string[];
}

const SLUG = 'Iran-Russia-need-to-boost-defense-cooperation-to-improve-regional-security-Minister';

export const REFERENCE_ARTICLE: ReferenceArticleFacts = {
  path: `/Detail/2024/04/26/${SLUG}`,
  title: 'Iran, Russia need to boost defense cooperation to improve regional security: Minister',
  sectionPath: ['News', 'Politics', 'Russia'],
  paragraphs: [
    'Iranian Defense Minister Brigadier General Mohammad Reza Ashtiani says Iran and Russia should promote defense and military cooperation to improve regional security and stability.',
    'Ashtiani made the remarks in a meeting with his Russian counterpart Sergei Shoigu on the sidelines of the 21st meeting of the Shanghai Cooperation Organization (SCO) Defense Ministers in Astana, Kazakhstan, on Friday.',
    'He said Tehran and Moscow should oppose unilateralism in global issues.',
    "He thanked Russia for condemning Israel's illegal and unlawful airstrikes against Iran's diplomatic premises in the Syrian capital of Damascus on April 1 and expressing support for Tehran's legitimate response.",
    '"Terrorist attacks in Russia and Iran are the outcome of support of Western countries, especially the United States, for terrorist groups," Ashtiani emphasized.',
    "On April 1, the Israeli regime carried out terrorist airstrikes on the consular section of Iran's embassy in the Syrian capital, which killed two generals of the Islamic Revolution Guards Corps (IRGC), Brigadier General Mohammad Reza Zahedi and General Mohammad Hadi Haji Rahimi, as well as five of their accompanying officers.",
    'In retaliation, the IRGC targeted the occupied territories on April 13 with a barrage of drones and missiles. The retaliatory strikes, dubbed Operation True Promise, inflicted damage on Israeli military bases across the occupied Palestinian territories.',
    'Elsewhere in the conversation, the Iranian defense chief warned that the North Atlantic Treaty Organization (NATO) and some Western countries are taking steps in line with the policy of expansion to the East.',
    "He urged the Shanghai Cooperation Organization (SCO) member states to use the body's capacities to thwart common threats.",
    "For his part, the Russian defense minister slammed Israel's attacks on Iran's diplomatic premises in Damascus and said Tehran's response was in accordance with the legitimate right of self-defense.",
    'Ashtiani and Shoigu also hailed the successful experience of Iran and Russia in the fight against terrorism in the region and called for the expansion of cooperation to counter terrorist threats, separatism and extremism.',
    "The Iranian and Russian defense chiefs emphasized that the developments in the South Caucasus are important to the two countries' interests, noting that the presence of extra-regional powers in this region is detrimental to common interests.",
    "They said that the 3+3 format, which is being implemented in the presence of all the countries of the Caucasus region, is an appropriate framework for solving problems, according to a statement by Iran's Defense Ministry. ",
    'The 3+3 format includes three southern Caucasus countries (Azerbaijan, Armenia, Georgia) and three neighboring countries (Russia, Turkey and Iran).',
    'Iran was one of the countries that proposed the formation of a 3+3 group in line with its foreign policy of resolving problems, differences and challenges faced by countries in the region.',
  ],
  caption:
    "Iran's Defense Minister Brigadier General Mohammad Reza Ashtiani (3rd from right) meets with his Russian counterpart Sergei Shoigu (3rd from left) in Astana, Kazakhstan, on April 26, 2024. (Photo by Iran's Defense Ministry)",
  credit: "Iran's Defense Ministry",
  publishedAt: '2024-04-26T19:42:00+03:30',
  imagePath: '/images/2024/04/26/ashtiani-shoigu-astana.jpg',
  author: 'Press TV',
  siteName: 'Press TV',
  description:
    'Iranian Defense Minister Brigadier General Mohammad Reza Ashtiani says Iran and Russia should promote defense and military cooperation to improve regional security and stability.',
  tags: ['Iran', 'Russia', 'Shanghai Cooperation Organization', 'Defense'],
};

/** The site-wide footer lines of the real site (boilerplate an extractor must leave out of the body). */
export const REFERENCE_FOOTER_LINES = [
  'Press TV’s website can also be accessed at the following alternate addresses:',
  'www.presstv.ir',
  'www.presstv.co.uk',
  'Press TV News Roku',
];

export interface ReferencePageOptions {
  /** Origin (and optional path prefix) the page is served from, e.g. http://127.0.0.1:8080. */
  baseUrl: string;
  /** Headlines for the "related news" list; defaults to three sample stories. */
  relatedLinks?: { title: string; url: string }[];
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON inside <script> must not close the script element. */
const scriptJson = (value: unknown): string => JSON.stringify(value, null, 1).replace(/</g, '\\u003c');

export function renderReferenceArticlePage(opts: ReferencePageOptions): string {
  const base = opts.baseUrl.replace(/\/+$/, '');
  const a = REFERENCE_ARTICLE;
  const pageUrl = base + a.path;
  const imageUrl = base + a.imagePath;
  const related = opts.relatedLinks ?? [
    {
      title: 'Iran, China discuss expansion of defense ties in Beijing',
      url: `${base}/Detail/2024/04/25/Iran-China-defense-ties`,
    },
    {
      title: 'Russia says NATO expansion threatens security in Europe',
      url: `${base}/Detail/2024/04/24/Russia-NATO-expansion`,
    },
    {
      title: 'SCO defense ministers meet in Astana amid regional tensions',
      url: `${base}/Detail/2024/04/23/SCO-defense-ministers-Astana`,
    },
  ];
  const crumbUrls = [`${base}/News`, `${base}/Section/Politics`, `${base}/Section/Politics/Russia`];
  const jsonLd = {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'NewsArticle',
        mainEntityOfPage: { '@type': 'WebPage', '@id': pageUrl },
        headline: a.title,
        description: a.description,
        image: { '@type': 'ImageObject', url: imageUrl, width: 1200, height: 800 },
        datePublished: a.publishedAt,
        dateModified: '2024-04-26T20:05:00+03:30',
        author: { '@type': 'Organization', name: a.author, url: `${base}/` },
        publisher: {
          '@type': 'Organization',
          name: a.siteName,
          logo: { '@type': 'ImageObject', url: `${base}/images/logo.png` },
        },
        articleSection: 'Politics',
        keywords: a.tags.join(', '),
        inLanguage: 'en',
        isAccessibleForFree: true,
      },
      {
        '@type': 'BreadcrumbList',
        itemListElement: a.sectionPath.map((name, i) => ({
          '@type': 'ListItem',
          position: i + 1,
          name,
          item: crumbUrls[i],
        })),
      },
    ],
  };
  const paragraphs = a.paragraphs.map((p) => `          <p>${escapeHtml(p)}</p>`).join('\n');
  const relatedItems = related
    .map((r) => `          <li class="related-item"><a href="${escapeHtml(r.url)}">${escapeHtml(r.title)}</a></li>`)
    .join('\n');
  const shareUrl = encodeURIComponent(pageUrl);

  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(a.title)} - Press TV</title>
  <meta name="description" content="${escapeHtml(a.description)}">
  <meta name="keywords" content="${escapeHtml(a.tags.join(', '))}">
  <link rel="canonical" href="${pageUrl}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="${a.siteName}">
  <meta property="og:title" content="${escapeHtml(a.title)}">
  <meta property="og:description" content="${escapeHtml(a.description)}">
  <meta property="og:url" content="${pageUrl}">
  <meta property="og:image" content="${imageUrl}">
  <meta property="og:locale" content="en_US">
  <meta property="article:published_time" content="${a.publishedAt}">
  <meta property="article:section" content="Politics">
${a.tags.map((t) => `  <meta property="article:tag" content="${escapeHtml(t)}">`).join('\n')}
  <meta name="twitter:card" content="summary_large_image">
  <meta name="twitter:site" content="@PressTV">
  <link rel="stylesheet" href="${base}/css/site.css">
  <script type="application/ld+json">${scriptJson(jsonLd)}</script>
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({ section: 'Politics' });</script>
</head>
<body class="detail-page">
  <div id="cookie-banner" class="cookie-consent">
    <p>We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.</p>
    <button type="button">Accept</button>
  </div>
  <header class="site-header">
    <div class="top-bar"><span class="today">Friday, 26 April 2024 7:42 PM</span> <a href="${base}/Live">Live TV</a> <a href="${base}/Schedule">Schedule</a></div>
    <a class="logo" href="${base}/"><img src="${base}/images/logo.png" alt="Press TV"></a>
    <nav class="main-menu" aria-label="Main menu">
      <ul>
        <li><a href="${base}/">Home</a></li>
        <li><a href="${base}/Section/Iran">Iran</a></li>
        <li><a href="${base}/Section/WestAsia">West Asia</a></li>
        <li><a href="${base}/Section/Politics">Politics</a></li>
        <li><a href="${base}/Section/Economy">Economy</a></li>
        <li><a href="${base}/Section/Society">Society</a></li>
        <li><a href="${base}/Section/Opinions">Opinions</a></li>
        <li><a href="${base}/Section/Videos">Videos</a></li>
      </ul>
    </nav>
  </header>
  <main id="main" class="container">
    <div class="row">
      <div class="col-md-8 detail-column">
        <div class="breadcrumbs">
          <a href="${crumbUrls[0]}">News</a> &nbsp; / &nbsp; <a href="${crumbUrls[1]}">Politics</a> &nbsp; / &nbsp; <a href="${crumbUrls[2]}">Russia</a>
        </div>
        <article class="news-detail">
          <h1 class="main-title">${escapeHtml(a.title)}</h1>
          <div class="date-line">
            <span class="news-date"><time datetime="${a.publishedAt}">Friday, 26 April 2024 7:42 PM</time></span>
            <span class="update">[ Last Update: Friday, 26 April 2024 8:05 PM ]</span>
          </div>
          <figure class="main-image">
            <img src="${imageUrl}" alt="${escapeHtml(a.title)}" width="1200" height="800">
            <figcaption>${escapeHtml(a.caption)}</figcaption>
          </figure>
          <div class="news-text">
${paragraphs}
          </div>
          <div class="share-bar social-share">
            <span>Share this article:</span>
            <a href="https://www.facebook.com/sharer/sharer.php?u=${shareUrl}">Facebook</a>
            <a href="https://twitter.com/intent/tweet?url=${shareUrl}">Twitter</a>
            <a href="https://t.me/share/url?url=${shareUrl}">Telegram</a>
            <a href="mailto:?subject=${encodeURIComponent(a.title)}&amp;body=${shareUrl}">Email</a>
          </div>
        </article>
        <section class="comments-box">
          <h3>Comments</h3>
          <p>Press TV does not endorse the opinions expressed in the comments. Please keep them civil.</p>
          <form action="${base}/comments" method="post"><textarea name="comment"></textarea><button type="submit">Send</button></form>
        </section>
      </div>
      <aside class="col-md-4 sidebar">
        <section class="related-news">
          <h2>Related News</h2>
          <ul>
${relatedItems}
          </ul>
        </section>
        <section class="newsletter">
          <h3>Newsletter</h3>
          <p>Sign up for our daily newsletter to receive the top headlines from Iran and West Asia in your inbox.</p>
          <form><input type="email" name="email" placeholder="Your email"><button type="submit">Subscribe</button></form>
        </section>
      </aside>
    </div>
  </main>
  <footer class="site-footer">
    <div class="footer-menu">
      <a href="${base}/About">About us</a> | <a href="${base}/Contact">Contact</a> | <a href="${base}/Privacy">Privacy policy</a>
    </div>
    <div class="alternate-addresses">
      <p>${REFERENCE_FOOTER_LINES[0]}</p>
      <p><a href="https://www.presstv.ir">${REFERENCE_FOOTER_LINES[1]}</a> <a href="https://www.presstv.co.uk">${REFERENCE_FOOTER_LINES[2]}</a></p>
      <p><a href="${base}/Roku">${REFERENCE_FOOTER_LINES[3]}</a></p>
    </div>
    <p class="copyright">© 2024 Press TV. All rights reserved.</p>
  </footer>
</body>
</html>
`;
}
