import { FixtureArticle } from './news-site-server';
import { REFERENCE_ARTICLE } from './reference-page';

/**
 * Many distinct, realistic article pages for the pipeline benchmark and the chaos run. Each page is built from a
 * seed story (the bundled reference article by default; the benchmark passes stories read from the development
 * sets at run time) with its own headline, date, byline and wording: every fifth word is swapped, deterministically,
 * for a word of another story, so no two pages are near-duplicates and the store must keep them all. The page
 * template has what real news pages have around the story: navigation, breadcrumb, byline, figure and caption,
 * share bar, related links, newsletter box, footer, JSON-LD and OpenGraph.
 */
export interface StorySeed {
  title: string;
  paragraphs: string[];
  section?: string[];
}

export interface GeneratedArticlesOptions {
  count: number;
  seeds?: StorySeed[];
  /** Makes URLs unique across runs against the same store. */
  runId?: string;
  /** Publication time of the first article; the others are one minute apart, going back. */
  newest?: Date;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const AUTHORS = [
  'Maryam Karimi',
  'John Ellison',
  'Ana Souza',
  'Li Wei',
  'Olga Petrova',
  'Samuel Okafor',
  'Hannah Berg',
];
const SECTIONS = [
  ['News', 'Politics'],
  ['News', 'World', 'Asia'],
  ['Business', 'Economy'],
  ['News', 'Science'],
  ['Sport', 'Football'],
];

/** A small seeded PRNG (mulberry32): generated pages, benchmarks and fuzzers stay the same from run to run. */
export function seededRandom(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

export function referenceStorySeed(): StorySeed {
  return {
    title: REFERENCE_ARTICLE.title,
    paragraphs: REFERENCE_ARTICLE.paragraphs,
    section: REFERENCE_ARTICLE.sectionPath,
  };
}

export function renderGeneratedPage(
  baseUrl: string,
  a: {
    path: string;
    title: string;
    paragraphs: string[];
    section: string[];
    author: string;
    publishedAt: string;
    related: { title: string; path: string }[];
  },
): string {
  const url = baseUrl + a.path;
  const image = `${baseUrl}/images${a.path}.jpg`;
  const crumbs = a.section.map(
    (s, i) =>
      `<a href="${baseUrl}/${a.section
        .slice(0, i + 1)
        .map(slug)
        .join('/')}">${escapeHtml(s)}</a>`,
  );
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    datePublished: a.publishedAt,
    author: { '@type': 'Person', name: a.author },
    image: [image],
    mainEntityOfPage: url,
    publisher: { '@type': 'Organization', name: 'Newsflow Sample Times' },
  };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(a.title)} | Newsflow Sample Times</title>
<link rel="canonical" href="${url}">
<meta property="og:type" content="article"><meta property="og:title" content="${escapeHtml(a.title)}">
<meta property="og:url" content="${url}"><meta property="og:image" content="${image}">
<meta property="article:published_time" content="${a.publishedAt}">
<meta name="author" content="${escapeHtml(a.author)}">
<script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script>
</head><body>
<header class="site-header"><a href="${baseUrl}/" class="logo">Newsflow Sample Times</a>
<nav class="main-nav"><ul><li><a href="${baseUrl}/news">News</a></li><li><a href="${baseUrl}/business">Business</a></li><li><a href="${baseUrl}/sport">Sport</a></li><li><a href="${baseUrl}/opinion">Opinion</a></li><li><a href="${baseUrl}/video">Video</a></li></ul></nav></header>
<main><article>
<nav class="breadcrumb" aria-label="breadcrumb">${crumbs.join(' / ')}</nav>
<h1 class="headline">${escapeHtml(a.title)}</h1>
<div class="byline">By <a rel="author" href="${baseUrl}/authors/${slug(a.author)}">${escapeHtml(a.author)}</a> · <time datetime="${a.publishedAt}">${new Date(a.publishedAt).toUTCString()}</time></div>
<div class="share-bar"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">Email</a></div>
<figure class="lead"><img src="${image}" alt=""><figcaption>${escapeHtml(a.paragraphs[0].split('. ')[0])}. (Photo: Newsflow Sample Times)</figcaption></figure>
<div class="article-body">
${a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</div>
<aside class="newsletter"><h3>Get the morning briefing</h3><p>Sign up for our newsletter and never miss a story.</p><form><input type="email" placeholder="Your email"><button>Subscribe</button></form></aside>
<section class="related"><h2>Related news</h2><ul>${a.related.map((r) => `<li><a href="${baseUrl}${r.path}">${escapeHtml(r.title)}</a></li>`).join('')}</ul></section>
</article></main>
<footer class="site-footer"><p>© 2026 Newsflow Sample Times. All rights reserved.</p><p><a href="${baseUrl}/about">About us</a> · <a href="${baseUrl}/contact">Contact</a> · <a href="${baseUrl}/privacy">Privacy</a></p></footer>
</body></html>`;
}

/**
 * Words a variant may swap: plain lower-case words only ("common-word swap" heuristic). Names, numbers and the words
 * after a full stop stay as the story wrote them, so each variant has the story's people, places and sentence shapes
 * (what the enricher really sees), while its wording, and so its fingerprint, is its own.
 */
const LOWER_WORD = /^[a-z]{4,}$/;

export function generateArticles(options: GeneratedArticlesOptions): (baseUrl: string) => FixtureArticle[] {
  const seeds = options.seeds?.length ? options.seeds : [referenceStorySeed()];
  const vocabulary = [
    ...new Set(seeds.flatMap((s) => s.paragraphs.join(' ').split(/\s+/)).filter((w) => LOWER_WORD.test(w))),
  ];
  const newest = (options.newest ?? new Date('2026-11-01T12:00:00Z')).getTime();
  const run = options.runId ? `${options.runId}-` : '';
  // Only what the site indexes is kept per story; the text is rebuilt from (seed, i) when a page is requested
  // ("lazy pages"), so a 100k-article benchmark holds a few MB of paths, not gigabytes of HTML.
  const stories = Array.from({ length: options.count }, (_, i) => {
    const seed = seeds[i % seeds.length];
    const title = `${seed.title} (${i + 1})`;
    const publishedAt = new Date(newest - i * 60_000).toISOString().replace(/\.000Z$/, 'Z');
    const day = publishedAt.slice(0, 10).replace(/-/g, '/');
    return { path: `/news/${day}/${run}${i + 1}-${slug(seed.title)}`, title, publishedAt };
  });
  const paragraphsOf = (i: number): string[] => {
    // Each story its own random stream, so a page reads the same however often and in whatever order it is served.
    const rnd = seededRandom(7 + i * 7919);
    return seeds[i % seeds.length].paragraphs.map((p) =>
      p
        .split(' ')
        .map((w, j) =>
          (j + i) % 3 === 0 && vocabulary.length && LOWER_WORD.test(w)
            ? vocabulary[Math.floor(rnd() * vocabulary.length)]
            : w,
        )
        .join(' '),
    );
  };
  return (baseUrl) =>
    stories.map((s, i) => ({
      path: s.path,
      title: s.title,
      publishedAt: s.publishedAt,
      get html(): string {
        const seed = seeds[i % seeds.length];
        return renderGeneratedPage(baseUrl, {
          ...s,
          paragraphs: paragraphsOf(i),
          section: seed.section ?? SECTIONS[i % SECTIONS.length],
          author: AUTHORS[i % AUTHORS.length],
          related: [1, 2, 3].map((k) => stories[(i + k) % stories.length]),
        });
      },
    }));
}
