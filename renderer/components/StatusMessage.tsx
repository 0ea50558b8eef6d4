export interface StatusMessageProps {
  /** A short confirmation such as "Session saved."; nothing is shown while it is empty. */
  message: string;
}

/** A polite live region: screen readers announce the confirmation without moving focus. */
export function StatusMessage({ message }: StatusMessageProps) {
  return (
    <p role="status" className="status-message">
      {message}
    </p>
  );
}
