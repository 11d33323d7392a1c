/**
 * Collapsing template arguments to `<T>` and dropping argument lists, so that frames of the
 * same function group together whatever its types. The exceptions keep text that is not a
 * template or an argument list. research/socorro-processor.md §3.3 (C++ steps 5–7, Rust).
 */
import { replaceEnclosedSlices } from './enclosed-slices.js';

/**
 * C++: every outermost `<…>` becomes `<T>`, except `<name omitted>`, groups containing ` as `
 * or ` in ` (`<unknown in foo.pdb>`), a `<` right after `operator` (`operator<=>`), and
 * `IPC::ParamTraits<…>` whose inside is collapsed instead.
 */
export function collapseTypes(functionName: string): string {
  return replaceEnclosedSlices(functionName, '<', '>', (before, inside) => {
    if (inside === '<name omitted>' || inside.includes(' as ') || inside.includes(' in ')) {
      return inside;
    }
    if (before.endsWith('operator')) return inside;
    if (before.endsWith('IPC::ParamTraits')) return `<${collapseTypes(inside.slice(1, -1))}>`;
    return '<T>';
  });
}

/** C++: every outermost `(…)` is removed, except `(anonymous namespace)` and `operator()`'s. */
export function collapseArguments(functionName: string): string {
  return replaceEnclosedSlices(functionName, '(', ')', (before, inside) =>
    inside === '(anonymous namespace)' || before.endsWith('operator') ? inside : '',
  );
}

/** Rust: every outermost `<…>` becomes `<T>` unless it holds ` as ` (a trait qualification). */
export function collapseRustTypes(functionName: string): string {
  return replaceEnclosedSlices(functionName, '<', '>', (_before, inside) =>
    inside.includes(' as ') ? inside : '<T>',
  );
}

/** Removes every outermost `open … close` group (Rust arguments, `[clone .cold]` labels). */
export function removeEnclosed(functionName: string, open: string, close: string): string {
  return replaceEnclosedSlices(functionName, open, close, () => '');
}
