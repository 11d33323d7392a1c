import { describe, expect, it } from 'vitest';
import { runCairn } from '../cairn-process.js';

describe('an invalid setting', () => {
  it('stops start-up with the variable and its allowed values named, and a non-zero exit', async () => {
    const result = await runCairn(['up'], { CAIRN_QUEUE: 'kafka', CAIRN_API_PORT: '99999' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('CAIRN_QUEUE: must be one of sqlite, sqs (got "kafka")');
    expect(result.stderr).toContain(
      'CAIRN_API_PORT: must be a TCP port number (1-65535) (got "99999")',
    );
  });
});
