import { daysWaiting, nextAfterDecision } from './queue-navigation';

describe('nextAfterDecision', () => {
  it('moves to the next item, or back to the previous one after the last, or nowhere', () => {
    expect(nextAfterDecision(['a', 'b', 'c'], 'b')).toBe('c');
    expect(nextAfterDecision(['a', 'b', 'c'], 'c')).toBe('b');
    expect(nextAfterDecision(['a'], 'a')).toBeUndefined();
  });

  it('starts at the top when the decided item was not in the queue', () => {
    expect(nextAfterDecision(['a', 'b'], 'x')).toBe('a');
    expect(nextAfterDecision([], 'x')).toBeUndefined();
  });
});

describe('daysWaiting', () => {
  it('counts Bangkok calendar days since the submission', () => {
    const now = new Date('2022-04-02T03:00:00Z'); // 10:00 on 2 April in Bangkok
    expect(daysWaiting('2022-03-31T10:00:00+07:00', now)).toBe(2);
    // 00:30 on 2 April in Bangkok is today there, though still 1 April in UTC.
    expect(daysWaiting('2022-04-01T17:30:00Z', now)).toBe(0);
    expect(daysWaiting(null, now)).toBeNull();
  });
});
