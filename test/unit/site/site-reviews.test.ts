// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { BundleData } from '@shared/bundle/bundle-schemas';
import type { ReceivedReview } from '@shared/review/received-review';
import {
  evaluation,
  finalReport,
  INSTRUCTOR,
  MENTOR,
  receivedReview,
} from '../../support/review-builders';
import { bundleData, pages, parse, render, visibleText } from './site-fixture';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

/** Bundle data carrying received reviews, as the candidate's export writes it. */
function withReviews(reviews: ReceivedReview[]): BundleData {
  return { ...bundleData(), reviews };
}

const pageAt = (data: BundleData, path: string) => render(data).find((f) => f.path === path)!;

describe('what the web version shows of the reviews the candidate received', () => {
  it('shows each grade with who gave it, in which role and when, and the status it decides', () => {
    const data = withReviews([]);
    const [first] = data.portfolio.assignments;
    first!.title = 'Budget memo';
    first!.status = 'submitted';
    data.reviews.push(
      receivedReview(MENTOR, {
        evaluations: [
          evaluation(first!.id, {
            at: '2026-11-27T09:00:00.000Z',
            result: 'needs-revision',
            comment: 'Add the staffing line.',
          }),
        ],
      }),
      receivedReview(INSTRUCTOR, {
        evaluations: [evaluation(first!.id, { at: '2026-11-28T13:00:00.000Z' })],
      }),
    );
    const page = pageAt(data, 'site/assignments.html');
    const row = [...parse(page).querySelectorAll('tr')].find((tr) =>
      tr.textContent?.includes('Budget memo'),
    )!;
    const rowText = row.textContent!.replace(/\s+/g, ' ');
    expect(rowText).toContain(
      'Passed, graded by Pat Morales, Instructor / program coordinator, Sat, Nov 28, 2026',
    );
    expect(rowText).toContain('Needs revision, graded by Dr. Alex Chen, Mentor, Fri, Nov 27, 2026');
    // The instructor's grade is newer than the candidate's last change: it decides the status.
    expect(row.querySelectorAll('td')[3]!.textContent).toBe('Passed');
    expect(visibleText(page)).toContain('Add the staffing line.');
    expect(visibleText(pageAt(data, 'index.html'))).toMatch(/Assignments passed\s*1 of/);
  });

  it('shows final reports per reviewer with facts, labelled ratings, texts, sign-off and hash', () => {
    const report = finalReport('report-1', '2026-10', {
      ratings: [{ areaId: 'area-leadership', level: 3, note: 'Leads the help desk team.' }],
    });
    const draft = {
      ...finalReport('report-2', '2026-11'),
      state: 'draft' as const,
      strengths: 'Draft words',
    };
    const data = withReviews([receivedReview(MENTOR, { reports: [report, draft] })]);
    const text = visibleText(pageAt(data, 'site/reports.html'));
    expect(text).toContain('Dr. Alex Chen, Mentor');
    expect(text).toContain('October 2026');
    expect(text).toMatch(/Work-study hours\s*6\.5/);
    expect(text).toMatch(/Leadership\s*3 · Proficient\s*Leads the help desk team\./);
    expect(text).toContain('Clear budget writing.');
    expect(text).toMatch(/Continued K-12 employment confirmed\s*Yes/);
    expect(text).toContain('Signed by Dr. Alex Chen on Wed, Oct 28, 2026');
    expect(text).toContain(`final · SHA-256 ${report.sha256}`);
    expect(text).not.toContain('November 2026');
    expect(text).not.toContain('Draft words');
  });

  it('links the reports page from every page and says when there is none', () => {
    const files = render(withReviews([]));
    expect(visibleText(files.find((f) => f.path === 'site/reports.html')!)).toContain(
      'No final progress report yet.',
    );
    for (const page of pages(files)) {
      const links = [...parse(page).querySelectorAll('nav a')].map((a) => a.textContent);
      expect(links).toContain('Progress reports');
    }
  });

  it('renders every reviewer text inert: escaped, never markup', () => {
    const data = withReviews([]);
    const [first] = data.portfolio.assignments;
    const hostileReviewer = { ...MENTOR, name: HOSTILE };
    data.reviews.push(
      receivedReview(hostileReviewer, {
        evaluations: [evaluation(first!.id, { at: '2026-11-28T09:00:00.000Z', comment: HOSTILE })],
        reports: [
          finalReport('report-1', '2026-10', {
            strengths: HOSTILE,
            ratings: [{ areaId: 'area-leadership', level: null, note: HOSTILE }],
            signOff: { name: HOSTILE, date: '2026-10-28' },
          }),
        ],
      }),
    );
    for (const path of ['site/assignments.html', 'site/reports.html']) {
      const document = parse(pageAt(data, path));
      expect(document.querySelectorAll('script, img, [onerror]')).toHaveLength(0);
      expect(document.body.textContent).toContain(HOSTILE);
    }
  });
});
