import { useId, useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatusMessage } from '../../components/StatusMessage';
import { useExport } from '../../data/use-export';
import { exportStrings } from './strings';
import { saveFile } from './save-file';

export interface ExportCardProps {
  channel: 'calendar-export' | 'csv-export' | 'cohort-csv-export';
  heading: string;
  description: string;
  buttonLabel: string;
  /** More below the description, e.g. a link to a related page. */
  children?: ReactNode;
}

/** One export: what it holds, a button that saves the file, and what happened. */
export function ExportCard({
  channel,
  heading,
  description,
  buttonLabel,
  children,
}: ExportCardProps) {
  const headingId = useId();
  const exportFile = useExport(channel);
  const [status, setStatus] = useState('');
  const run = () => {
    setStatus('');
    exportFile.mutate(undefined, {
      onSuccess: (file) => {
        saveFile(file);
        setStatus(exportStrings.saved(file.fileName));
      },
    });
  };
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p>{description}</p>
      {children}
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={exportFile.isPending}
          onClick={run}
        >
          {buttonLabel}
        </button>
        <StatusMessage message={status} />
      </div>
      <ErrorAlert error={exportFile.error} />
    </section>
  );
}
