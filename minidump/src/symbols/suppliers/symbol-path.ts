import type { SymbolModule } from './symbol-supplier.js';

/** The last component of a Windows or POSIX path. */
export function leafName(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(slash + 1);
}

/** Replaces a trailing `.pdb` (any case) with `.sym`, or appends `.sym` (the reference's rule). */
export function symbolFileName(debugLeaf: string): string {
  const parts = debugLeaf.split('.');
  if (parts.length > 1 && parts[parts.length - 1]!.toLowerCase() === 'pdb') parts.pop();
  parts.push('sym');
  return parts.join('.');
}

/**
 * Where a module's symbol file lives in a symbol store (Microsoft symbol-server layout):
 * `<debug file leaf>/<debug id>/<debug file leaf minus .pdb>.sym`, e.g.
 * `xul.pdb/44E4EC8C2F41492B9369D6B9A059577C2/xul.sym`. Null without a debug file or debug id.
 */
export function symbolFileRelativePath(module: SymbolModule): string | null {
  if (module.debugFile === null || module.debugId === null) return null;
  const leaf = leafName(module.debugFile);
  if (!isPathComponent(leaf) || !isPathComponent(module.debugId)) return null;
  return `${leaf}/${module.debugId}/${symbolFileName(leaf)}`;
}

/** Rejects names that would be empty or climb out of a symbol store (`..`, slashes). */
function isPathComponent(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name);
}
