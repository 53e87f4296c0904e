import { isContentTypeAllowed, isFeedMediaType, parseContentType } from './content-type-allowlist';
import { DEFAULT_ALLOWED_CONTENT_TYPES } from './fetch-policy';

describe('parseContentType', () => {
  it.each([
    ['text/html; charset=UTF-8', { mediaType: 'text/html', charset: 'utf-8' }],
    ['Text/HTML;Charset="windows-1251"', { mediaType: 'text/html', charset: 'windows-1251' }],
    ['application/rss+xml', { mediaType: 'application/rss+xml' }],
    ['text/html; foo=bar; charset=gbk', { mediaType: 'text/html', charset: 'gbk' }],
    [undefined, { mediaType: '' }],
    ['garbage', { mediaType: '' }],
  ])('parses %s', (header, expected) => {
    expect(parseContentType(header)).toEqual(expected);
  });
});

describe('isContentTypeAllowed', () => {
  it('accepts pages and feeds by default', () => {
    for (const t of [
      'text/html',
      'application/xhtml+xml',
      'application/rss+xml',
      'application/atom+xml',
      'application/feed+json',
      'text/xml',
    ]) {
      expect(isContentTypeAllowed(t, DEFAULT_ALLOWED_CONTENT_TYPES)).toBe(true);
    }
  });

  it('refuses binary media by default', () => {
    for (const t of ['image/png', 'application/pdf', 'video/mp4', 'application/octet-stream', 'application/zip']) {
      expect(isContentTypeAllowed(t, DEFAULT_ALLOWED_CONTENT_TYPES)).toBe(false);
    }
  });

  it('accepts a missing type (the body is sniffed) and supports wildcards', () => {
    expect(isContentTypeAllowed('', ['text/html'])).toBe(true);
    expect(isContentTypeAllowed('text/csv', ['text/*'])).toBe(true);
    expect(isContentTypeAllowed('image/png', ['text/*'])).toBe(false);
  });

  it('knows feed types', () => {
    expect(isFeedMediaType('application/atom+xml')).toBe(true);
    expect(isFeedMediaType('text/html')).toBe(false);
  });
});
