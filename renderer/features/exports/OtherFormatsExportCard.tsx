import { useId, useState } from 'react';
import type { ExportFormat } from '@shared/exports/export-formats';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RadioGroupField } from '../../components/RadioGroupField';
import { useExportPreview } from '../../data/use-bundle-export';
import { ExportControls } from './ExportControls';
import { otherFormatStrings } from './strings';

type OtherFormat = Exclude<ExportFormat, 'bundle'>;

const OTHER_FORMATS: readonly OtherFormat[] = ['web', 'leap2a', 'pdf'];

/** The portfolio as a web version, a Leap2A file or a PDF: one choice, one button. */
export function OtherFormatsExportCard() {
  const headingId = useId();
  const text = otherFormatStrings;
  const [format, setFormat] = useState<OtherFormat>('web');
  const [includePrivate, setIncludePrivate] = useState(false);
  // Only for the name the save dialog suggests; the bundle card shows the figures.
  const preview = useExportPreview(includePrivate, format);
  const chosen = text.formats[format];
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{text.heading}</h2>
      <p>{text.text}</p>
      <RadioGroupField
        label={text.formatLabel}
        value={format}
        options={OTHER_FORMATS.map((value) => ({ value, label: text.formats[value].label }))}
        help={chosen.help}
        onChange={setFormat}
      />
      <ErrorAlert error={preview.error} onRetry={() => void preview.refetch()} />
      <ExportControls
        format={format}
        includePrivate={includePrivate}
        onIncludePrivateChange={setIncludePrivate}
        buttonLabel={chosen.button}
        fileName={preview.data?.fileName ?? null}
      />
    </section>
  );
}
