/**
 * The crash annotations (§2.4 "Crash Annotations"), split into public and protected data; the
 * protected list only with view_pii, otherwise a sentence saying why it is not shown.
 */
import type { ReportAnnotation } from './build-crash-query';

function AnnotationTable({
  caption,
  annotations,
}: {
  readonly caption: string;
  readonly annotations: readonly ReportAnnotation[];
}) {
  if (annotations.length === 0) {
    return (
      <>
        <h3>{caption}</h3>
        <p className="empty">None.</p>
      </>
    );
  }
  return (
    <div className="table-scroll">
      <table className="details-table annotations-table">
        <caption>{caption}</caption>
        <tbody>
          {annotations.map((annotation) => (
            <tr key={annotation.name} data-annotation={annotation.name}>
              <th scope="row">{annotation.name}</th>
              <td className="field-value">{annotation.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Props of AnnotationsSection. */
export interface AnnotationsSectionProps {
  readonly publicAnnotations: readonly ReportAnnotation[];
  /** Undefined when the caller lacks view_pii. */
  readonly protectedAnnotations: readonly ReportAnnotation[] | undefined;
}

/** Renders both lists. */
export function AnnotationsSection({
  publicAnnotations,
  protectedAnnotations,
}: AnnotationsSectionProps) {
  return (
    <>
      <AnnotationTable caption="Public data" annotations={publicAnnotations} />
      {protectedAnnotations ? (
        <AnnotationTable caption="Protected data" annotations={protectedAnnotations} />
      ) : (
        <p className="protected-notice">
          Protected data (URLs, comments, e-mail addresses…) is shown only to people with the “View
          Personal Identifiable Information” permission.
        </p>
      )}
    </>
  );
}
