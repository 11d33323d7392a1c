/**
 * How text fields are split into searchable tokens, the way Elasticsearch's analysers do it,
 * so the SQLite adapter matches bare values exactly as the Elasticsearch adapter does:
 * - `standard`: Unicode word boundaries (UAX #29, which the `standard` tokenizer follows),
 *   words only, lowercased, cut into pieces of at most 255 characters;
 * - `semicolon`: split on `;`, lowercased, empty pieces dropped (the reference's
 *   `semicolon_keywords` pattern analyser).
 */
import type { StorageType } from '../fields/field-definition.js';

const MAX_TOKEN_LENGTH = 255;
const words = new Intl.Segmenter('en', { granularity: 'word' });

/** The lowercase words of `text`. */
export function analyzeStandardText(text: string): string[] {
  const tokens: string[] = [];
  for (const segment of words.segment(text)) {
    if (!segment.isWordLike) continue;
    const word = segment.segment.toLowerCase();
    for (let start = 0; start < word.length; start += MAX_TOKEN_LENGTH) {
      tokens.push(word.slice(start, start + MAX_TOKEN_LENGTH));
    }
  }
  return tokens;
}

/** The lowercase `;`-separated items of `text`. */
export function analyzeSemicolonText(text: string): string[] {
  return text
    .split(';')
    .filter((item) => item !== '')
    .map((item) => item.toLowerCase());
}

/** The tokens a bare value or stored text of a field with this storage is matched by. */
export function analyzeForStorage(storage: StorageType, text: string): string[] {
  if (storage === 'text') return analyzeStandardText(text);
  if (storage === 'semicolon_text') return analyzeSemicolonText(text);
  return [text];
}
