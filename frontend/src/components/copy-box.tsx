/** Read-only text with a Copy button, for the API URL, GraphQL query and token boxes. */
import { useId, useState } from 'react';

/** Props of CopyBox. */
export interface CopyBoxProps {
  readonly label: string;
  readonly text: string;
  /** Text area rows. @defaultValue 3 */
  readonly rows?: number;
}

/** Renders the labelled text and the button. */
export function CopyBox({ label, text, rows = 3 }: CopyBoxProps) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="copy-box">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        readOnly
        value={text}
        rows={rows}
        onFocus={(event) => event.currentTarget.select()}
      />
      <button
        type="button"
        onClick={() => {
          void navigator.clipboard?.writeText(text).then(() => setCopied(true));
        }}
      >
        Copy
      </button>
      <span role="status" className="copy-status">
        {copied ? 'Copied' : ''}
      </span>
    </div>
  );
}
