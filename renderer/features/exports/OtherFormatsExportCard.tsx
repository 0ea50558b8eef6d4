import { useId, useState } from 'react';
import type { ExportFormat } from '@shared/exports/export-formats';
import { RadioGroupField } from '../../components/RadioGroupField';
import { usePortfolio } from '../../data/use-portfolio';
import { useToday } from '../../data/use-today';
import { dayAsDate, portfolioExportFileName } from '@shared/exports/file-names';
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
  // The name the save dialog suggests, made here as the core makes it: no preview to wait for.
  const portfolio = usePortfolio();
  const today = useToday();
  const fileName = portfolio.data
    ? portfolioExportFileName(portfolio.data.profile.name, dayAsDate(today), format)
    : null;
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
      <ExportControls
        format={format}
        includePrivate={includePrivate}
        onIncludePrivateChange={setIncludePrivate}
        buttonLabel={chosen.button}
        fileName={fileName}
      />
    </section>
  );
}
