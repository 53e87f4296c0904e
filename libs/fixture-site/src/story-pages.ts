import { renderGeneratedPage } from './generated-articles';
import { FixtureArticle } from './news-site-server';

/**
 * Pages for the story tests (issue 18): one invented event (a landslide on the Brenner railway) told by three
 * outlets in their own words, a wire copy of one of them republished by a fourth, and an unrelated article (a
 * central bank decision) on the same day. The events are made up for the tests; the places are real, so the
 * enricher resolves them. Each outlet is served by its own fixture site (its own host:port).
 */
export interface StoryFixturePage {
  outlet: string;
  path: string;
  title: string;
  author: string;
  publishedAt: string;
  section: string[];
  paragraphs: string[];
  /** event: one of the three versions; copy: a near-duplicate of `copyOf`; unrelated: another story. */
  role: 'event' | 'copy' | 'unrelated';
  copyOf?: string;
}

const ALPINE_COURIER = [
  'A landslide buried the Brenner railway line south of Innsbruck early on Wednesday, trapping a regional train with 46 passengers between two tunnels, Austrian Federal Railways said.',
  'Rescue teams from Innsbruck and Matrei reached the train after about three hours and led all passengers out through a service tunnel. Two people were taken to hospital with minor injuries, according to the Tyrol mountain rescue service.',
  'Railway spokeswoman Mara Lindqvist said the slide, about 80 metres wide, followed two days of heavy rain in the Wipptal valley. Engineers expect the line to stay closed until at least Saturday.',
  'Tyrol governor Anton Mattle visited the site in the afternoon and said geologists would check the slopes above the tracks before any repair work begins. Freight trains between Austria and Italy are being diverted through the Tauern line.',
  'The Brenner route is one of the busiest freight corridors across the Alps, carrying more than 40 million tonnes of goods a year.',
];

const DAILY_MERIDIAN = [
  'Forty-six passengers were rescued on Wednesday from a train stranded after a landslide swept across the Brenner railway near Matrei, south of Innsbruck.',
  'Mountain rescuers in Tyrol guided the travellers through a service tunnel to waiting buses. Austrian Federal Railways said two passengers suffered minor injuries and were treated in hospital in Innsbruck.',
  'Heavy rain had soaked the hillsides of the Wipptal for two days before the slope gave way, company spokeswoman Mara Lindqvist told reporters. She said the line between Innsbruck and the Brenner Pass would remain shut until the weekend at the earliest.',
  'Governor Anton Mattle, who inspected the damage, said no repairs would start until geologists had examined the slopes. Freight between Austria and Italy has been rerouted via the Tauern railway.',
  'Hauliers warned of delays on the Brenner motorway as more goods move to the road while the railway is closed.',
];

const NORTHERN_POST = [
  'Austria’s main rail link to Italy was cut on Wednesday when a landslide hit the Brenner line in the Wipptal valley, leaving a regional train with 46 people on board stuck between tunnels near Matrei.',
  'All passengers were brought to safety by the Tyrol mountain rescue service through a service tunnel, Austrian Federal Railways said. Two were slightly hurt.',
  'According to spokeswoman Mara Lindqvist, the slide came down after two days of heavy rain. Crews will not be able to clear the tracks before Saturday, she said.',
  'Tyrol governor Anton Mattle said geologists must first make sure the slopes above the railway are stable. Freight trains are running on the longer Tauern route in the meantime.',
  'The closure comes weeks after the operator reopened the line following summer maintenance work.',
];

const CENTRAL_BANK = [
  'The European Central Bank kept its main interest rate unchanged at 2.25 percent on Wednesday, saying inflation in the euro area was close to its target.',
  'Bank president Christine Lagarde told a news conference in Frankfurt that policymakers were ready to act if energy prices pushed inflation up again over the winter.',
  'Economists had widely expected the decision. Markets now see a small chance of a cut in the spring, when the bank publishes new growth forecasts.',
  'Lagarde said wage growth was slowing and that lending to companies had started to pick up after two weak years.',
  'The euro was little changed against the dollar after the announcement.',
];

const DAY = '2026-11-18';

export const STORY_FIXTURE_PAGES: StoryFixturePage[] = [
  {
    outlet: 'Alpine Courier',
    path: `/news/${DAY}/landslide-brenner-railway-train-trapped`,
    title: 'Landslide traps train with 46 passengers on Brenner railway',
    author: 'Lena Hofer',
    publishedAt: `${DAY}T07:40:00Z`,
    section: ['News', 'Austria'],
    paragraphs: ALPINE_COURIER,
    role: 'event',
  },
  {
    outlet: 'Daily Meridian',
    path: `/world/${DAY}/brenner-landslide-passengers-rescued`,
    title: 'Passengers rescued after landslide strands train near Innsbruck',
    author: 'Paul Osei',
    publishedAt: `${DAY}T09:15:00Z`,
    section: ['World', 'Europe'],
    paragraphs: DAILY_MERIDIAN,
    role: 'event',
  },
  {
    outlet: 'Northern Post',
    path: `/europe/${DAY}/austria-italy-rail-link-cut-by-landslide`,
    title: 'Austria-Italy rail link cut by landslide in Tyrol',
    author: 'Ingrid Sola',
    publishedAt: `${DAY}T10:05:00Z`,
    section: ['Europe'],
    paragraphs: NORTHERN_POST,
    role: 'event',
  },
  {
    outlet: 'Wire Reprints',
    path: `/wire/${DAY}/landslide-traps-train-brenner`,
    title: 'Landslide traps train with 46 passengers on Brenner railway',
    author: 'Lena Hofer',
    publishedAt: `${DAY}T08:30:00Z`,
    section: ['Wire'],
    paragraphs: ALPINE_COURIER,
    role: 'copy',
    copyOf: 'Alpine Courier',
  },
  {
    outlet: 'Northern Post',
    path: `/business/${DAY}/ecb-holds-rates`,
    title: 'ECB holds interest rates as inflation nears target',
    author: 'Marco Bellini',
    publishedAt: `${DAY}T13:00:00Z`,
    section: ['Business', 'Economy'],
    paragraphs: CENTRAL_BANK,
    role: 'unrelated',
  },
];

/** The outlets, in the order their pages are listed. */
export const STORY_FIXTURE_OUTLETS = [...new Set(STORY_FIXTURE_PAGES.map((p) => p.outlet))];

/** One outlet's pages, for `startFixtureNewsSite({ withoutReferenceArticle: true, extraArticles })`. */
export function storyFixtureArticles(outlet: string): (baseUrl: string) => FixtureArticle[] {
  const pages = STORY_FIXTURE_PAGES.filter((p) => p.outlet === outlet);
  if (!pages.length) throw new Error(`no story fixture pages for outlet ${JSON.stringify(outlet)}`);
  return (baseUrl) =>
    pages.map((p) => ({
      path: p.path,
      title: p.title,
      publishedAt: p.publishedAt,
      html: renderGeneratedPage(baseUrl, { ...p, related: [] }),
    }));
}
