/**
 * The report page's query, built from the catalog: every field the caller may read, so a new
 * catalog field shows on the page without an edit here, and protected fields, annotations and
 * dumps are asked for only with their permission (the API refuses them otherwise, and the
 * page must not ask for what it may not show).
 */
import type { CatalogField } from '../../catalog/catalog-field';

/** A frame as the report shows it. */
export interface ReportFrame {
  readonly frame: number;
  readonly module: string | null;
  readonly function: string | null;
  readonly functionOffset: string | null;
  readonly file: string | null;
  readonly line: number | null;
  readonly offset: string | null;
  readonly moduleOffset: string | null;
  readonly trust: string | null;
  readonly missingSymbols: boolean;
  readonly inlines: readonly {
    readonly function: string | null;
    readonly file: string | null;
    readonly line: number | null;
  }[];
}

/** A thread as the report shows it. */
export interface ReportThread {
  readonly index: number;
  readonly name: string | null;
  readonly isCrashingThread: boolean;
  readonly frameCount: number;
  readonly lastErrorValue: string | null;
  readonly frames: readonly ReportFrame[];
}

/** A loaded module. */
export interface ReportModule {
  readonly filename: string | null;
  readonly version: string | null;
  readonly debugFile: string | null;
  readonly debugId: string | null;
  readonly codeId: string | null;
  readonly baseAddress: string | null;
  readonly endAddress: string | null;
  readonly loadedSymbols: boolean;
  readonly missingSymbols: boolean;
  readonly corruptSymbols: boolean;
  readonly framesOnCrashingThread: number;
}

/** An annotation. */
export interface ReportAnnotation {
  readonly name: string;
  readonly value: string;
}

/** The crash as the report page receives it. */
export interface ReportCrash {
  readonly crashId: string;
  readonly isProcessed: boolean;
  readonly processorNotes: readonly string[];
  /** Catalog values by GraphQL name; null before processing. */
  readonly fields: Readonly<Record<string, unknown>> | null;
  readonly threads: readonly ReportThread[];
  readonly modules: readonly ReportModule[];
  readonly publicAnnotations: readonly ReportAnnotation[];
  /** Present only with view_pii. */
  readonly protectedAnnotations?: readonly ReportAnnotation[];
  /** Present only with view_rawdump. */
  readonly dumps?: readonly { readonly name: string; readonly url: string }[];
}

const FRAME_FIELDS =
  'frame module function functionOffset file line offset moduleOffset trust missingSymbols inlines { function file line }';
const MODULE_FIELDS =
  'filename version debugFile debugId codeId baseAddress endAddress loadedSymbols missingSymbols corruptSymbols framesOnCrashingThread';

/** The query text for a caller who may read `fields` and holds `permissions`. */
export function buildCrashQuery(
  fields: readonly CatalogField[],
  permissions: ReadonlySet<string>,
): string {
  const fieldNames = fields
    .filter((field) => field.permission === null || permissions.has(field.permission))
    .map((field) => field.graphqlName);
  const protectedParts = [
    permissions.has('view_pii') ? 'protectedAnnotations { name value }' : '',
    permissions.has('view_rawdump') ? 'dumps { name url }' : '',
  ].filter((part) => part !== '');
  return `query Crash($id: String!) {
  crash(id: $id) {
    crashId
    isProcessed
    processorNotes
    fields { ${fieldNames.join(' ') || '__typename'} }
    threads { index name isCrashingThread frameCount lastErrorValue frames { ${FRAME_FIELDS} } }
    modules { ${MODULE_FIELDS} }
    publicAnnotations { name value }
    ${protectedParts.join('\n    ')}
  }
}`;
}
