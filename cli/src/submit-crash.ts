/** `cairn submit`: posts a crash report exactly as a Breakpad/Crashpad client does. */
import { readFile } from 'node:fs/promises';
import { formatCrashReport } from '@cairn/core';

/** Sends the dump with its annotations to a collector and returns the crash id it answered. */
export async function submitCrash(options: {
  dumpFile: string;
  annotations: Record<string, string>;
  url: string;
}): Promise<string> {
  const dump = await readFile(options.dumpFile);
  const report = formatCrashReport({
    annotations: options.annotations,
    dumps: new Map([['upload_file_minidump', new Uint8Array(dump)]]),
  });
  const response = await fetch(options.url, {
    method: 'POST',
    headers: { 'content-type': report.contentType, 'user-agent': 'cairn-submit' },
    body: report.body,
  });
  const text = await response.text();
  const crashId = /^CrashID=bp-([0-9a-f-]+)$/m.exec(text)?.[1];
  if (!response.ok || !crashId) {
    throw new Error(
      `the collector at ${options.url} answered ${response.status}: ${text.trim() || '(empty body)'}`,
    );
  }
  return crashId;
}
