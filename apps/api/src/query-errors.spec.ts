import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { ArticleQueryError } from '@newsflow/db';
import { badParameters, toHttpError } from './query-errors';

const status = (err: unknown) => (err as HttpException).getStatus();

describe('badParameters', () => {
  it('is a 400 whose message joins the problems and whose problems list each', () => {
    const err = badParameters(['id="x": no', 'limit="0": no']);
    expect(status(err)).toBe(400);
    expect(err.getResponse()).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'id="x": no; limit="0": no',
      problems: ['id="x": no', 'limit="0": no'],
    });
    expect(badParameters('id="x": no').getResponse()).toMatchObject({ problems: ['id="x": no'] });
  });
});

describe('toHttpError', () => {
  it('answers a bad parameter with a 400 that lists every problem', () => {
    const err = toHttpError(new ArticleQueryError(['limit="0": no', 'from="x": no']), 5000);
    expect(err).toBeInstanceOf(BadRequestException);
    expect((err as HttpException).getResponse()).toMatchObject({ problems: ['limit="0": no', 'from="x": no'] });
  });

  it('answers a statement timeout with a 503 naming the limit', () => {
    const timeout = Object.assign(new Error('canceling statement due to statement timeout'), {
      driverError: { code: '57014' },
    });
    const err = toHttpError(timeout, 1234);
    expect(status(err)).toBe(503);
    expect((err as Error).message).toMatch(/longer than 1234 ms/);
  });

  it('answers a missing grant with a 503, keeps HTTP errors and passes anything else on', () => {
    expect(status(toHttpError(Object.assign(new Error('permission denied'), { code: '42501' }), 1))).toBe(503);
    const notFound = new NotFoundException();
    expect(toHttpError(notFound, 1)).toBe(notFound);
    const other = new Error('boom');
    expect(toHttpError(other, 1)).toBe(other);
  });
});
