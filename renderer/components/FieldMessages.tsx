export interface FieldMessagesProps {
  helpId: string;
  errorId: string;
  help?: string | undefined;
  error?: string | undefined;
}

/** The help text and the validation message under a field, referenced by aria-describedby. */
export function FieldMessages({ helpId, errorId, help, error }: FieldMessagesProps) {
  return (
    <>
      {help ? (
        <p id={helpId} className="field-help">
          {help}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}
