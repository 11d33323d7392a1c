/** AddonsRule: the installed add-ons. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { pythonStr } from '../signature/python/python-values.js';

/**
 * Reads `EMCheckCompatibility` and `Add-ons` (`id:version` pairs separated by commas, URL
 * encoded); writes `addons_checked` (null when the annotation is absent, else whether it is
 * `true` in any case) and `addons`, the list of `id:version` strings, decoded, with
 * `:NO_VERSION` added to entries that lack a version so every entry has the same form.
 * §1.2 rule 23.
 */
export const addonsRule: ProcessorRule = {
  name: 'AddonsRule',
  description:
    'Writes addons (id:version list from Add-ons, decoded; :NO_VERSION when missing) and addons_checked (from EMCheckCompatibility).',
  writes: ['addons', 'addons_checked'],
  action({ rawCrash, processedCrash }) {
    processedCrash.addons_checked = null;
    const checked = rawCrash.EMCheckCompatibility;
    if (checked !== undefined) {
      processedCrash.addons_checked = pythonStr(checked).toLowerCase() === 'true';
    }
    const addons = rawCrash['Add-ons'];
    processedCrash.addons =
      typeof addons === 'string' && addons !== ''
        ? addons
            .split(',')
            .map((addon) => unquotePlus(addon.includes(':') ? addon : `${addon}:NO_VERSION`))
        : [];
  },
};

/** Python's `urllib.parse.unquote_plus`: `+` is a space, `%XX` a UTF-8 byte, bad escapes kept. */
function unquotePlus(text: string): string {
  const spaced = text.replaceAll('+', ' ');
  return spaced.replace(/(?:%[0-9a-fA-F]{2})+/g, (escapes) => {
    const bytes = Uint8Array.from(escapes.match(/%../g)!, (escape) =>
      parseInt(escape.slice(1), 16),
    );
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  });
}
