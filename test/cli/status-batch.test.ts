// status given a batch file says it is one, and what to run.
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-status-batch-');
afterAll(() => tmp.cleanup());
const run = (args: string[]) => redress(args, { cwd: tmp.dir, env: { REDRESS_HOME: tmp.path('home') } });

describe('status on a batch file', () => {
  it('says it is a batch file and names redress batch', () => {
    expect(run(['init', '--batch', 'cases.yaml']).code).toBe(0);
    expect(readdirSync(tmp.dir)).toContain('cases.yaml');
    const r = run(['status', 'cases.yaml']);
    // Nothing to show: the file given is not a case file, as draft --from says of it (exit 2).
    expect(r.code).toBe(2);
    expect(run(['draft', '--from', 'cases.yaml']).code).toBe(2);
    expect(r.stderr).toContain('cases.yaml is a batch file (many cases under cases:), not a case file.');
    expect(r.stderr).toContain('run: redress batch cases.yaml');
    expect(r.stderr).not.toContain('is required');
  });
});
