import { describe, expect, it } from 'vitest';
import { parseServeArgs } from '../../../electron/host/serve-args';

describe('parseServeArgs', () => {
  it.each([
    [[], { kind: 'serve', dataDir: undefined, port: undefined }],
    [['--data', '/tmp/p'], { kind: 'serve', dataDir: '/tmp/p', port: undefined }],
    [['--data=/tmp/p', '--port=8080'], { kind: 'serve', dataDir: '/tmp/p', port: 8080 }],
    [['--port', '65535', '--data', 'rel dir'], { kind: 'serve', dataDir: 'rel dir', port: 65535 }],
    [['--help'], { kind: 'help' }],
    [['--data', '/tmp/p', '-h'], { kind: 'help' }],
  ])('reads %j', (argv, expected) => expect(parseServeArgs(argv)).toEqual(expected));

  it.each([
    [['--dir', '/tmp'], /^Unknown option --dir: run `npm run serve -- --help`/],
    [['/tmp/p'], /^Unknown option \/tmp\/p/],
    [['--data'], /^--data needs a value/],
    [['--data', '--port', '80'], /^--data needs a value/],
    [['--data='], /^--data needs a value/],
    [['--port', 'abc'], /^--port must be a whole number from 1 to 65535, not "abc"\.$/],
    [['--port', '0'], /^--port must be/],
    [['--port', '65536'], /^--port must be/],
    [['--port', '80.5'], /^--port must be/],
    [['--port', '-1'], /^--port must be a whole number from 1 to 65535, not "-1"/],
  ])('refuses %j with one line', (argv, message) => {
    const command = parseServeArgs(argv);
    expect(command.kind).toBe('usage-error');
    const text = command.kind === 'usage-error' ? command.message : '';
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  });
});
