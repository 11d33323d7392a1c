import { describe, expect, it } from 'vitest';
import { shutdownTimeoutRule } from '../../../src/signature/rules/shutdown-timeout.js';
import { runRule } from '../signature-fixtures.js';

const run = (value: unknown) =>
  runRule(shutdownTimeoutRule, { async_shutdown_timeout: value }, 'foo').result;
const REPLACED =
  'SignatureShutdownTimeout: Signature replaced with a Shutdown Timeout signature, was: "foo"';

describe('SignatureShutdownTimeout', () => {
  it('applies when the annotation is set', () => {
    expect(runRule(shutdownTimeoutRule, { async_shutdown_timeout: '' }).applied).toBe(false);
    expect(runRule(shutdownTimeoutRule, { async_shutdown_timeout: '{}' }).applied).toBe(true);
  });

  it.each([
    [
      '{"phase": "beginning", "conditions": [{"name": "B"}, {"name": "A"}]}',
      'AsyncShutdownTimeout | beginning | A,B',
    ],
    ['{"phase": "p", "conditions": ["b", "a"]}', 'AsyncShutdownTimeout | p | a,b'],
    ['{"phase": 3, "conditions": []}', 'AsyncShutdownTimeout | (unknown) | (none)'],
    ['{"conditions": "zyx"}', 'AsyncShutdownTimeout | (unknown) | x,y,z'],
  ])('%s → %s', (annotation, signature) => {
    const result = run(annotation);
    expect(result.signature).toBe(signature);
    expect(result.notes).toEqual([REPLACED]);
  });

  it('notes why it could not parse the annotation', () => {
    expect(run('{"phase": "p", "conditions": [{"nom": "A"}]}')).toMatchObject({
      signature: 'AsyncShutdownTimeout | p | UNKNOWN',
      notes: ["SignatureShutdownTimeout: Error parsing AsyncShutdownTimeout: 'name'", REPLACED],
    });
    expect(run('{{{{').notes[0]).toBe(
      'SignatureShutdownTimeout: Error parsing AsyncShutdownTimeout: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)',
    );
  });

  it.each([
    ['[1]', "'list' object has no attribute 'get'"],
    ['{"conditions": [1, "a"]}', "'<' not supported between instances of 'str' and 'int'"],
    ['{"conditions": [1]}', 'sequence item 0: expected str instance, int found'],
    [{ phase: 'p' }, 'the JSON object must be str, bytes or bytearray, not dict'],
  ])('fails, as the reference does, on %j', (annotation, message) => {
    expect(() => run(annotation)).toThrow(message);
  });
});
