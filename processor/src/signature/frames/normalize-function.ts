/**
 * Normalizing a frame's function name so that the same function groups together whatever its
 * template arguments, parameters, qualifiers and compiler decorations. C++ and Rust names get
 * different steps. research/socorro-processor.md §3.3.
 */
import { pythonStrip } from '../python/python-strings.js';
import { pythonStr, requirePythonStr } from '../python/python-values.js';
import type { SignatureListPattern } from '../lists/signature-lists.js';
import {
  collapseArguments,
  collapseRustTypes,
  collapseTypes,
  removeEnclosed,
} from './collapse-brackets.js';
import { dropPrefixAndReturnType } from './drop-prefix-and-return-type.js';

/** Member-function qualifiers dropped from the end, each checked once, in this order. */
const TRAILING_QUALIFIERS = ['const', 'const&', 'const &', '&&', '&'];

/**
 * C++: drops trailing cv/ref qualifiers, the prefix and return type (not for `::operator`
 * names), turns `` `anonymous namespace' `` into `(anonymous namespace)` (bug 1672847) and
 * lambda numbers `::$_12::` into `::$::` (bug 1688249), collapses templates and arguments,
 * removes `[clone .cold…]` labels (bug 1397926), appends `:line` for names on the line-number
 * list, and fixes spacing around `*`, `&` and commas.
 */
export function normalizeCppFunction(
  functionName: unknown,
  line: unknown,
  lineNumbers: SignatureListPattern,
): string {
  let name = requirePythonStr(functionName, 'endswith');
  for (const qualifier of TRAILING_QUALIFIERS) {
    if (name.endsWith(qualifier)) name = pythonStrip(name.slice(0, -qualifier.length));
  }
  if (!name.includes('::operator')) name = dropPrefixAndReturnType(name);
  name = name.replaceAll("`anonymous namespace'", '(anonymous namespace)');
  name = name.replace(/::\$_\p{Nd}+::/gu, '::$$::');
  name = collapseTypes(name);
  name = collapseArguments(name);
  if (name.includes('clone .cold')) name = removeEnclosed(name, '[', ']');
  if (lineNumbers.matches(name)) name = `${name}:${pythonStr(line)}`;
  return fixSpacing(name);
}

/**
 * Rust: drops the prefix and return type, collapses types (keeping `<X as Trait>`) and
 * arguments, appends `:line` for names on the line-number list, fixes spacing, and removes
 * the `::h0123abcd` hash rustc adds to every symbol.
 */
export function normalizeRustFunction(
  functionName: unknown,
  line: unknown,
  lineNumbers: SignatureListPattern,
): string {
  let name = dropPrefixAndReturnType(functionName);
  name = collapseRustTypes(name);
  name = removeEnclosed(name, '(', ')');
  if (lineNumbers.matches(name)) name = `${name}:${pythonStr(line)}`;
  return fixSpacing(name).replace(/::h[0-9a-fA-F]+(?=\n?$)/, '');
}

/** No space before `*`, `&` or `,`; one space after each comma. */
function fixSpacing(name: string): string {
  return name.replace(/ (?=[*&,])/g, '').replace(/,(?! )/g, ', ');
}
