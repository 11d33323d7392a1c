/**
 * `cairn submit`: posts a crash report as crash reporters do: Breakpad/Crashpad style (one text
 * field per annotation) or Firefox style (annotations in one JSON part), with any number of
 * dumps, gzip-compressed on request.
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { formatCrashReport } from '@cairn/core';

/** What to send, and where. */
export interface SubmitCrashOptions {
  /** Dump files by dump name (`upload_file_minidump` for the main one). */
  readonly dumpFiles: ReadonlyMap<string, string>;
  readonly annotations: Readonly<Record<string, string>>;
  readonly url: string;
  /** Send the annotations as one JSON part. @defaultValue false */
  readonly annotationsAsJson?: boolean;
  /** Gzip the body (Content-Encoding: gzip). @defaultValue false */
  readonly gzip?: boolean;
  /** @defaultValue cairn-submit */
  readonly userAgent?: string;
}

/** Sends the report to a collector and returns the crash id it answered. */
export async function submitCrash(options: SubmitCrashOptions): Promise<string> {
  const dumps = new Map<string, Uint8Array>();
  for (const [name, file] of options.dumpFiles)
    dumps.set(name, new Uint8Array(await readFile(file)));
  const report = formatCrashReport({
    annotations: options.annotations,
    dumps,
    annotationsAsJson: options.annotationsAsJson ?? false,
  });
  const response = await fetch(options.url, {
    method: 'POST',
    headers: {
      'content-type': report.contentType,
      'user-agent': options.userAgent ?? 'cairn-submit',
      ...(options.gzip ? { 'content-encoding': 'gzip' } : {}),
    },
    body: options.gzip ? gzipSync(report.body) : report.body,
  });
  const text = await response.text();
  const crashId = /^CrashID=bp-([0-9a-f-]+)$/m.exec(text)?.[1];
  if (!response.ok || !crashId) {
    // A collector's address without its path is the usual mistake; crash reporters post to /submit.
    const hint =
      response.status === 404 && !new URL(options.url).pathname.endsWith('/submit')
        ? ' (crash reports are posted to the collector’s /submit path)'
        : '';
    throw new Error(
      `the collector at ${options.url} answered ${response.status}: ${text.trim() || '(empty body)'}${hint}`,
    );
  }
  return crashId;
}
