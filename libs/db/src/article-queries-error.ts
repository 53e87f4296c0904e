/**
 * A read query the caller got wrong (bad parameter, bad cursor): the caller can fix it, so the HTTP API answers
 * 400 and the CLI a usage error. `problems` lists every problem found, each naming its parameter.
 */
export class ArticleQueryError extends Error {
  override readonly name = 'ArticleQueryError';
  readonly problems: string[];

  constructor(problems: string | string[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.join('; '));
    this.problems = list;
  }
}
