/** Public shapes of the enrichment library (the integrator codes against these). */

export interface EnrichmentInput {
  title?: string | null;
  text: string;
  /** ISO date or datetime; anchors relative dates ("on Friday"). */
  publishedAt?: string | null;
  /** Known language (ISO 639-1); detected when absent. */
  language?: string | null;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A span of the input text, in UTF-16 code units. */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

/** A raw recognised span, before grouping into canonical entities. */
export interface EntitySpan {
  start: number;
  end: number;
  type: EntityType;
  text: string;
}

export interface Entity {
  /** Stable within the article, e.g. 'PER:mohammad-reza-ashtiani'. */
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: Mention[];
}

export interface Place {
  name: string;
  countryCode: string | null;
  lat: number | null;
  lon: number | null;
  id: string;
  kind?: 'country' | 'city' | 'region' | string;
  mentions: Mention[];
}

export interface DateMention {
  text: string;
  /** YYYY-MM-DD, or YYYY-MM / YYYY when the mention is that coarse. */
  value: string;
  start: number;
  end: number;
}

export interface Quote {
  speaker: string | null;
  speakerEntityId: string | null;
  text: string;
  start: number;
  end: number;
}

export interface Topic {
  /** IPTC Media Topic code, e.g. 'medtop:11000000'. */
  code: string;
  label: string;
  score: number;
}

export interface Enrichment {
  language: string | null;
  entities: Entity[];
  places: Place[];
  dates: DateMention[];
  quotes: Quote[];
  topics: Topic[];
  /** 16 hex chars: 64-bit SimHash of the body. */
  fingerprint: string;
}
