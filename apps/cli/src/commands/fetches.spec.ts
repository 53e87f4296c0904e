import { UsageError } from '../command';
import { command } from './fetches';

// Argument checks happen before any database connection, so these run without the stack.
describe('newsflow fetches', () => {
  it.each([
    [['--limit', '0'], /--limit/],
    [['--limit', 'ten'], /--limit/],
    [['--limit'], /--limit needs a value/],
    [['--class'], /--class needs a value/],
    [['paywall'], /unexpected argument "paywall"/],
  ])('refuses %j with a usage error', async (args, message) => {
    await expect(command.run(args)).rejects.toThrow(UsageError);
    await expect(command.run(args)).rejects.toThrow(message);
  });

  it('documents its options', () => {
    expect(command.name).toBe('fetches');
    expect(command.usage).toContain('--class');
    expect(command.usage).toContain('--limit');
  });
});
