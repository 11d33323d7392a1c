import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatPythonJson } from '@cairn/core';
import {
  CrashReportCollector,
  MAX_TEXT_ANNOTATION_BYTES,
  sanitizeDumpName,
} from '../src/annotations.js';
import { MultipartParser } from '../src/multipart.js';
import { SubmissionRejection } from '../src/submission-rejection.js';
import {
  annotation,
  buildMultipartBody,
  dump,
  type TestPart,
} from './fixtures/multipart-builder.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function extract(parts: readonly TestPart[]) {
  const collector = new CrashReportCollector();
  const parser = new MultipartParser(Buffer.from('cairnboundary'), collector);
  parser.write(buildMultipartBody(parts));
  parser.end();
  return collector.finish();
}

function rejectionOf(parts: readonly TestPart[]): string {
  try {
    extract(parts);
  } catch (error) {
    if (error instanceof SubmissionRejection) return error.code;
    throw error;
  }
  return 'accepted';
}

const json = (content: string): TestPart => ({
  name: 'extra',
  filename: 'extra.json',
  contentType: 'application/json',
  content,
});

describe('CrashReportCollector', () => {
  it('makes text parts annotations and file parts dumps', () => {
    const report = extract([
      annotation('ProductName', 'Firefox'),
      dump('upload_file_minidump', 'MDMP'),
    ]);
    expect(report.annotations).toEqual({ ProductName: 'Firefox' });
    expect([...report.dumps].map(([name, bytes]) => [name, Buffer.from(bytes).toString()])).toEqual(
      [['upload_file_minidump', 'MDMP']],
    );
    expect(report).toMatchObject({ notes: [], payload: 'multipart' });
  });

  it('reads a JSON part by its content type, keeping JSON types', () => {
    const report = extract([
      { ...json('{"Throttleable": 0, "Ratio": 1.0, "Missing": null}'), name: 'anything' },
    ]);
    expect(formatPythonJson(report.annotations)).toBe(
      '{"Missing": null, "Ratio": 1.0, "Throttleable": 0}',
    );
    expect(report.payload).toBe('json');
  });

  it('lets the JSON part replace earlier form fields and later fields add to it, with a note', () => {
    const report = extract([
      annotation('Before', 'lost'),
      json('{"A": "1"}'),
      annotation('After', 'kept'),
    ]);
    expect(report.annotations).toEqual({ A: '1', After: 'kept' });
    expect(report.notes).toEqual([
      'includes annotations in both json-encoded extra and formdata parts',
    ]);
  });

  it('decodes text with the part charset and drops undecodable values with a note', () => {
    const report = extract([
      {
        name: 'Latin',
        contentType: 'text/plain; charset=latin-1',
        content: Buffer.from([0x63, 0x61, 0x66, 0xe9]),
      },
      {
        name: 'Broken',
        contentType: 'text/plain; charset=utf-8',
        content: Buffer.from([0xde, 0xde]),
      },
      { name: 'Unknown', contentType: 'text/plain; charset=klingon', content: 'x' },
    ]);
    expect(report.annotations).toEqual({ Latin: 'café' });
    expect(report.notes).toEqual([
      'extract payload text part exception: invalid text or charset: utf-8',
      'extract payload text part exception: invalid text or charset: klingon',
    ]);
  });

  it('treats a part without a content type as text, and one without a name as nothing', () => {
    const report = extract([{ name: 'Plain', content: 'v' }, { content: 'ignored' }]);
    expect(report.annotations).toEqual({ Plain: 'v' });
  });

  it('drops a text annotation over 20 MiB with a note', () => {
    const report = extract([
      annotation('Big', 'x'.repeat(MAX_TEXT_ANNOTATION_BYTES + 1)),
      annotation('Exact', 'y'.repeat(16)),
    ]);
    expect(Object.keys(report.annotations)).toEqual(['Exact']);
    expect(report.notes).toEqual(['extract payload text part exception: body part is too large']);
  });

  it('keeps any other part as a dump, noting an unexpected content type', () => {
    const report = extract([
      annotation('A', '1'),
      {
        name: 'memory_report',
        filename: 'm.json.gz',
        contentType: 'application/gzip',
        content: 'gz',
      },
      { name: 'Screenshot', contentType: 'image/png', content: 'png' },
      { name: 'Log', filename: 'log.txt', contentType: 'text/plain', content: 'log' },
    ]);
    expect([...report.dumps.keys()]).toEqual(['memory_report', 'Screenshot', 'Log']);
    expect(report.notes).toEqual([
      'unknown content type: memory_report application/gzip',
      'unknown content type: Screenshot image/png',
      'unknown content type: Log text/plain',
    ]);
  });

  it('keeps the last of two dumps with the same name', () => {
    const report = extract([annotation('A', '1'), dump('d', 'first'), dump('d', 'second')]);
    expect(Buffer.from(report.dumps.get('d')!).toString()).toBe('second');
    expect(report.dumpChecksums.get('d')).toBe(sha256('second'));
  });

  it('hashes each dump as it arrives, however the body is split into chunks', () => {
    const content = 'MDMP'.repeat(5000);
    const body = buildMultipartBody([annotation('A', '1'), dump('upload_file_minidump', content)]);
    for (const chunkSize of [1, 7, 4096, body.length]) {
      const collector = new CrashReportCollector();
      const parser = new MultipartParser(Buffer.from('cairnboundary'), collector);
      for (let offset = 0; offset < body.length; offset += chunkSize) {
        parser.write(body.subarray(offset, offset + chunkSize));
      }
      parser.end();
      const report = collector.finish();
      expect(Buffer.from(report.dumps.get('upload_file_minidump')!).toString()).toBe(content);
      expect(report.dumpChecksums.get('upload_file_minidump')).toBe(sha256(content));
    }
  });

  it.each([
    [[json('not json')], 'malformed_invalid_json'],
    [[json('"a string"')], 'malformed_invalid_json_value'],
    [[json('[1, 2]')], 'malformed_invalid_json_value'],
    [[json('{}')], 'malformed_no_annotations'],
    [[dump('upload_file_minidump', 'x')], 'malformed_no_annotations'],
    [[annotation('A', '1'), dump('raw-crash', 'x')], 'accepted'],
    [[annotation('A', '1'), dump('raw_crash', 'x')], 'malformed_invalid_dump_name'],
    [[annotation('A', '1'), dump('dump_names!', 'x')], 'malformed_invalid_dump_name'],
  ] as const)('answers %j with %s', (parts, code) => {
    expect(rejectionOf(parts)).toBe(code);
  });

  it('refuses a part whose Content-Type is not ASCII', () => {
    expect(rejectionOf([{ name: 'A', contentType: 'text/plain; x=é', content: '1' }])).toBe(
      'malformed_invalid_payload_structure',
    );
  });

  it('keeps a key named __proto__ as an annotation', () => {
    const report = extract([annotation('__proto__', 'x')]);
    expect(Object.keys(report.annotations)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(report.annotations)).toBe(Object.prototype);
  });
});

describe('sanitizeDumpName', () => {
  it.each([
    ['upload_file_minidump', 'upload_file_minidump'],
    ['upload_file_minidump-browser!', 'upload_file_minidumpbrowser'],
    ['upload_file_mï¿½nidump', 'upload_file_mnidump'],
    ['abcdefghijklmnopqrstuvwxyz0123456789', 'abcdefghijklmnopqrstuvwxyz0123'],
    ['', ''],
  ])('cleans %j to %j', (name, clean) => {
    expect(sanitizeDumpName(name)).toBe(clean);
  });
});
