/** Processed crashes for the API benchmark: varied products, versions, platforms, signatures. */
import type { ProcessedCrash } from '@cairn/core';

const PRODUCTS = ['Firefox', 'Fenix', 'Thunderbird'];
const VERSIONS = ['120.0', '121.0b3', '119.0.1', '115.5.0'];
const PLATFORMS = ['Windows NT', 'Linux', 'Mac OS X', 'Android'];

/** `count` crashes spread over the `days` days before `now`, with a 40-frame crashing thread. */
export function generateCrashes(count: number, now: Date, days: number): ProcessedCrash[] {
  return Array.from({ length: count }, (_, n) => {
    const day = new Date(now.getTime() - ((n * 7919) % (days * 86_400)) * 1000);
    const stamp = day.toISOString().slice(2, 10).replace(/-/g, '');
    const uuid = `${(n + 1).toString(16).padStart(8, '0')}-0000-4000-8000-000000${stamp}`;
    const frames = Array.from({ length: 40 }, (_, frame) => ({
      frame,
      module: frame % 3 === 0 ? 'xul.dll' : 'ntdll.dll',
      function: `function_${(n + frame) % 97}`,
      file: `file_${frame % 13}.cpp`,
      line: frame * 10,
      trust: frame === 0 ? 'context' : 'cfi',
    }));
    return {
      uuid,
      crash_id: uuid,
      date_processed: day.toISOString(),
      product: PRODUCTS[n % PRODUCTS.length],
      version: VERSIONS[n % VERSIONS.length],
      os_name: PLATFORMS[n % PLATFORMS.length],
      signature: `signature_${Math.floor(Math.sqrt(n * 13)) % 200}`,
      process_type: n % 5 === 0 ? 'content' : 'parent',
      report_type: 'crash',
      uptime: (n * 37) % 5000,
      install_time: 1_700_000_000 + (n % 500),
      build: 20240301000000 + (n % 20),
      url: `https://example.com/${n}`,
      crashing_thread: 0,
      json_dump: {
        crash_info: { crashing_thread: 0 },
        crashing_thread: { threads_index: 0, frames },
        threads: Array.from({ length: 10 }, () => ({ frames })),
        modules: [{ filename: 'xul.dll' }, { filename: 'ntdll.dll' }],
      },
    };
  });
}
