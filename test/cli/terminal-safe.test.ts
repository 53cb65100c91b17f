// Whatever a person types on the command line comes back, in a message, without its escape
// sequences: an option value or name must never set the terminal's title or clear its screen.
import { describe, expect, it } from 'vitest';
import { redress } from '../support/cli.js';

const HOSTILE = 'x\u001b]0;pwned\u0007\u001b[2J\u009b2J\u202e';
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('values typed on the command line are echoed safely', () => {
  it.each([
    [['draft', '--example', '--format', HOSTILE]],
    [['draft', '--example', '--stage', HOSTILE]],
    [['draft', '--example', '--date', HOSTILE]],
    [['draft', '--example', '--locale', HOSTILE]],
    [['draft', '--example', '--template', HOSTILE]],
    [['draft', '--example', '--templates', HOSTILE]],
    [['draft', '--from', HOSTILE]],
    [['draft', `--${HOSTILE}`]],
    [[`--${HOSTILE}`]],
    [[HOSTILE]],
    [['batch', HOSTILE]],
    [['batch', 'x.yaml', '--format', HOSTILE]],
    [['batch', 'x.yaml', '--stage', HOSTILE]],
    [['check', HOSTILE]],
    [['templates', 'show', HOSTILE]],
    [['init', '--nope', HOSTILE]],
  ])('%j', (args) => {
    const r = redress(args);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stderr).toMatch(/^✖ /);
  });
});
