/** Test helper: a small, realistic article page around the given pieces (all optional). */
export interface PageParts {
  lang?: string;
  dir?: string;
  head?: string;
  beforeArticle?: string;
  articleHeader?: string;
  paragraphs?: string[];
  afterParagraphs?: string;
  afterArticle?: string;
}

export const ENGLISH_PARAGRAPHS = [
  'The city council approved the new budget on Tuesday evening, after a debate that lasted more than four hours.',
  'Under the plan, spending on public transport will rise by twelve percent, while road maintenance stays flat.',
  'Opposition members criticised the timing of the vote, saying residents had too little time to comment.',
  'The mayor defended the process, noting that three public hearings had been held since the spring.',
  'The budget takes effect in January, and the first new bus routes are expected to open in March.',
];

export function articlePage(parts: PageParts = {}): string {
  const paragraphs = (parts.paragraphs ?? ENGLISH_PARAGRAPHS).map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html>
<html lang="${parts.lang ?? 'en'}"${parts.dir ? ` dir="${parts.dir}"` : ''}>
<head><meta charset="utf-8">${parts.head ?? ''}</head>
<body>
${parts.beforeArticle ?? ''}
<article>
${parts.articleHeader ?? ''}
<div class="article-body">
${paragraphs}
${parts.afterParagraphs ?? ''}
</div>
</article>
${parts.afterArticle ?? ''}
</body></html>`;
}
