import { exitWithParent } from './exit-with-parent';

describe('exitWithParent', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('shuts down once the supervisor that started the service is gone, and only then', () => {
    let parent = 4242;
    const reasons: string[] = [];
    exitWithParent(
      (r) => reasons.push(r),
      { NEWSFLOW_PARENT_PID: '4242' },
      () => parent,
      1000,
    );
    jest.advanceTimersByTime(5000);
    expect(reasons).toEqual([]);
    parent = 1; // re-parented: the supervisor died
    jest.advanceTimersByTime(1000);
    jest.advanceTimersByTime(5000);
    expect(reasons).toEqual(['parent process gone']);
  });

  it('does nothing where no supervisor named itself (Kubernetes, a shell)', () => {
    const reasons: string[] = [];
    expect(
      exitWithParent(
        (r) => reasons.push(r),
        {},
        () => 1,
      ),
    ).toBeNull();
    expect(
      exitWithParent(
        (r) => reasons.push(r),
        { NEWSFLOW_PARENT_PID: 'x' },
        () => 1,
      ),
    ).toBeNull();
    jest.advanceTimersByTime(10_000);
    expect(reasons).toEqual([]);
  });
});
