/** ThemePrettyNameRule: names Firefox's default theme. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';

const THEME_NAMES: Readonly<Record<string, string>> = {
  '{972ce4c6-7e08-4474-a285-3208198ce6fd}':
    '{972ce4c6-7e08-4474-a285-3208198ce6fd} (default theme)',
};

const addonsOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Reads `addons`; rewrites the default theme's id `{972ce4c6-…}` to
 * `{972ce4c6-…} (default theme)`, keeping its version, so people reading a report recognise
 * it. Must run after AddonsRule. §1.2 rule 45.
 */
export const themePrettyNameRule: ProcessorRule = {
  name: 'ThemePrettyNameRule',
  description: 'Labels Firefox\'s default theme in addons as "(default theme)".',
  writes: ['addons'],
  predicate: ({ processedCrash }) =>
    addonsOf(processedCrash.addons).some(
      (addon) => typeof addon === 'string' && Object.hasOwn(THEME_NAMES, addon.split(':')[0]!),
    ),
  action({ processedCrash }) {
    const addons = addonsOf(processedCrash.addons);
    for (const [index, addon] of addons.entries()) {
      if (typeof addon !== 'string') continue;
      const colon = addon.indexOf(':');
      const extension = colon < 0 ? addon : addon.slice(0, colon);
      if (!Object.hasOwn(THEME_NAMES, extension)) continue;
      addons[index] =
        colon < 0 ? THEME_NAMES[extension] : `${THEME_NAMES[extension]}${addon.slice(colon)}`;
    }
  },
};
