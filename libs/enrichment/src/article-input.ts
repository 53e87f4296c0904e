import type { EnrichmentInput } from './types';

/**
 * Turns a file's content into an EnrichmentInput: article JSON ({title, text | body | articleBody, publishedAt |
 * published, language}, also nested under "article") or else plain text.
 */
export function articleInputFromFile(content: string, publishedOverride?: string | null): EnrichmentInput {
  const trimmed = content.trimStart();
  if (trimmed.startsWith('{')) {
    try {
      return articleInputFromJson(JSON.parse(trimmed) as Record<string, unknown>, publishedOverride);
    } catch {
      // Not JSON after all: plain text that starts with a brace.
    }
  }
  return { text: content, publishedAt: publishedOverride ?? null };
}

export function articleInputFromJson(obj: Record<string, unknown>, publishedOverride?: string | null): EnrichmentInput {
  const src = (isRecord(obj.article) ? obj.article : obj) as Record<string, unknown>;
  const str = (...keys: string[]): string | null => {
    for (const k of keys) if (typeof src[k] === 'string') return src[k] as string;
    return null;
  };
  return {
    title: str('title', 'headline'),
    text: str('text', 'body', 'articleBody') ?? '',
    publishedAt: publishedOverride ?? str('publishedAt', 'published', 'datePublished'),
    language: str('language', 'lang'),
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
