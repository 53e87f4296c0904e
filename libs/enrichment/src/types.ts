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

/**
 * A direct (or partly) quoted passage. `start`/`end` run from just inside the first opening mark to just before the
 * last closing mark, so a quote split by its attribution ("X," he said, "Y.") or spread over several paragraphs is
 * one quote; `text` is then its quoted parts joined by a space (else exactly `text.slice(start, end)`).
 */
export interface Quote {
  /** Who said it: the speaker entity's name, else the speaker words as written ("the woman"); null when unknown. */
  speaker: string | null;
  /** The grouped entity (PER, or ORG for a body: "the Washington Post reported") the speaker is, when it is one. */
  speakerEntityId: string | null;
  text: string;
  start: number;
  end: number;
  /** The speaker words in the attribution ("he", "the minister", "Ashtiani"), with offsets; null when none. */
  speakerMention: Mention | null;
  /** The reporting verb or phrase as written ("said", "according to", ":"); null when the quote has none. */
  cue: string | null;
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
