import { parseUrlList } from './url-list';

describe('parseUrlList', () => {
  it('reads one URL per line, skipping comments, blanks, junk and duplicates', () => {
    const text =
      '\uFEFF# my list\r\nhttps://a.example/1\n\n  https://a.example/2  trailing note\nftp://x/\nnot a url\nhttps://a.example/1\n/relative';
    expect(parseUrlList(text)).toEqual(['https://a.example/1', 'https://a.example/2']);
    expect(parseUrlList(text, 'https://base.example/dir/')).toEqual([
      'https://a.example/1',
      'https://a.example/2',
      'https://base.example/relative',
    ]);
  });
});
