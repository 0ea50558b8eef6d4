import { Page } from '../../components/Page';
import { strings } from '../../strings';
import { ExportCard } from './ExportCard';

export function ExportsPage() {
  const text = strings.exports;
  return (
    <Page title={text.title}>
      <p className="lead">{text.intro}</p>
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
    </Page>
  );
}
