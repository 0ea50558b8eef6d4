import { useId } from 'react';
import { Page } from '../../components/Page';
import { bundleImportStrings } from '../bundle-import/strings';
import { exportStrings } from './strings';
import { ImportBundleButton } from '../bundle-import/ImportBundleButton';
import { BundleExportCard } from './BundleExportCard';
import { ExportCard } from './ExportCard';
import { OtherFormatsExportCard } from './OtherFormatsExportCard';

export function ExportsPage() {
  const text = exportStrings;
  const importHeadingId = useId();
  return (
    <Page title={text.title}>
      <p className="lead">{text.intro}</p>
      <BundleExportCard />
      <OtherFormatsExportCard />
      <div className="dashboard-grid">
        <ExportCard
          channel="calendar-export"
          heading={text.calendarHeading}
          description={text.calendarText}
          buttonLabel={text.calendar}
        />
        <ExportCard
          channel="csv-export"
          heading={text.csvHeading}
          description={text.csvText}
          buttonLabel={text.csv}
        />
      </div>
      <section className="card" aria-labelledby={importHeadingId}>
        <h2 id={importHeadingId}>{bundleImportStrings.importHeading}</h2>
        <p>{bundleImportStrings.importText}</p>
        <div className="form-actions">
          <ImportBundleButton />
        </div>
      </section>
    </Page>
  );
}
