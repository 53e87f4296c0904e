import { DependencyPauses } from './dependency-pauses';

function recorded() {
  const events: string[] = [];
  const pauses = new DependencyPauses({
    onPause: (r) => events.push(`pause: ${r}`),
    onResume: () => events.push('resume'),
  });
  return { events, pauses };
}

describe('DependencyPauses', () => {
  it('reports one pause while any handler waits, and the resume only when the last one is through', () => {
    const { events, pauses } = recorded();
    pauses.enter('postgres unavailable');
    pauses.enter('postgres unavailable');
    pauses.leave();
    expect(events).toEqual(['pause: postgres unavailable']);
    pauses.leave();
    expect(events).toEqual(['pause: postgres unavailable', 'resume']);
  });

  it('pauses again after a resume, and ignores a leave without an enter', () => {
    const { events, pauses } = recorded();
    pauses.leave();
    pauses.enter('a');
    pauses.leave();
    pauses.enter('b');
    pauses.leave();
    pauses.leave();
    expect(events).toEqual(['pause: a', 'resume', 'pause: b', 'resume']);
  });
});
