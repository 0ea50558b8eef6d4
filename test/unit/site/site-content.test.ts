// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { BundleData } from '@shared/bundle/bundle-schemas';
import { NO_DATE_YET, NOT_SET } from '@shared/format/empty-values';
import { SITE_PATHS } from '../../../electron/core/site/site-paths';
import { selectBundleContents } from '../../../electron/core/bundle/export/bundle-selection';
import {
  artifact,
  bundleData,
  pages,
  paragraphDoc,
  parse,
  reflection,
  render,
  visibleText,
} from './site-fixture';

const allText = (data: BundleData) =>
  render(data)
    .map((f) => f.content)
    .join('\n');

describe('what the web version shows', () => {
  it('shows the profile and progress on index.html', () => {
    const data = bundleData({ artifacts: [artifact()], reflections: [reflection()] });
    const [first, second] = data.portfolio.sessions.filter((s) => s.number >= 1);
    first!.attendance = 'attended';
    second!.attendance = 'attended';
    data.portfolio.assignments[0]!.status = 'passed';
    data.portfolio.profile.mentorName = 'Dr. Alex Chen';
    data.portfolio.profile.cohortYear = 2026;
    const index = render(data).find((f) => f.path === 'index.html')!;
    const text = visibleText(index);
    expect(text).toContain('Portfolio of Jordan Rivera');
    expect(text).toMatch(/Organisation\s*Mesa Verde USD/);
    expect(text).toMatch(/Mentor\s*Dr\. Alex Chen/);
    expect(text).toMatch(/Cohort\s*2026/);
    expect(text).toMatch(/Sessions attended\s*2 of 8/);
    expect(text).toMatch(
      new RegExp(`Assignments passed\\s*1 of ${data.portfolio.assignments.length}`),
    );
    expect(text).toMatch(/CoSN[^:]*: competencies with evidence\s*0 of \d+/);
  });

  it('says what the app says where a date or a value is missing: one vocabulary', () => {
    const sessions = parse(render(bundleData()).find((f) => f.path === SITE_PATHS.sessions)!);
    const column = (index: number) =>
      new Set(
        [...sessions.querySelectorAll('tbody tr')].map((row) => row.children[index]!.textContent),
      );
    expect(column(1)).toEqual(new Set([NO_DATE_YET]));
    expect(column(2)).toEqual(new Set([NOT_SET]));
    expect(allText(bundleData())).not.toContain('Not given');
  });

  it('leaves out what the export left out: private items are not in any page', () => {
    const hidden = artifact({ title: 'Personnel budget', private: true });
    const shown = artifact({ title: 'Network plan' });
    const secret = reflection({
      title: 'Staffing worries',
      private: true,
      content: paragraphDoc('confidential words'),
    });
    const data = bundleData({
      artifacts: [hidden, shown],
      reflections: [secret, reflection({ title: 'Open one' })],
    });
    const selection = selectBundleContents(data.portfolio, data.reflections, false);
    const text = allText({
      ...data,
      portfolio: selection.portfolio,
      reflections: selection.reflections,
    });
    expect(text).toContain('Network plan');
    expect(text).toContain('Open one');
    expect(text).not.toContain('Personnel budget');
    expect(text).not.toContain(hidden.sha256);
    expect(text).not.toContain('Staffing worries');
    expect(text).not.toContain('confidential words');
  });

  it('shows no deleted reflection, artifact, session or assignment', () => {
    const gone = '2026-11-01T00:00:00.000Z';
    const data = bundleData({
      artifacts: [artifact({ title: 'Deleted artifact', deletedAt: gone })],
      reflections: [reflection({ title: 'Deleted reflection', deletedAt: gone })],
    });
    data.portfolio.assignments[0]!.title = 'Deleted assignment';
    data.portfolio.assignments[0]!.deletedAt = gone;
    data.portfolio.sessions[0]!.title = 'Deleted session';
    data.portfolio.sessions[0]!.deletedAt = gone;
    const files = render(data);
    expect(files.filter((f) => f.path.startsWith('site/reflections/'))).toEqual([]);
    const text = files.map((f) => f.content).join('\n');
    for (const title of [
      'Deleted artifact',
      'Deleted reflection',
      'Deleted assignment',
      'Deleted session',
    ]) {
      expect(text).not.toContain(title);
    }
  });

  it('has a Mentor feedback section only when a grader commented', () => {
    const data = bundleData();
    const assignmentsPage = () => render(data).find((f) => f.path === 'site/assignments.html')!;
    expect(visibleText(assignmentsPage())).not.toContain('Mentor feedback');
    data.portfolio.assignments[2]!.grade = 'A-';
    data.portfolio.assignments[2]!.graderComment = 'Clear goals.\nTie the budget to them.';
    const document = parse(assignmentsPage());
    const section = document.querySelector('section[aria-labelledby="mentor-feedback-heading"]')!;
    expect(section.querySelector('h2')?.textContent).toBe('Mentor feedback');
    expect(section.querySelector('h3')?.textContent).toBe(data.portfolio.assignments[2]!.title);
    expect(section.textContent).toContain('Grade: A-');
    expect(section.querySelector('.multiline')?.textContent).toBe(
      'Clear goals.\nTie the budget to them.',
    );
  });

  it('shows each session with its attendance and program feedback', () => {
    const data = bundleData();
    const session = data.portfolio.sessions.find((s) => s.number === 3)!;
    session.attendance = 'excused';
    session.feedback = { rating: 4, comments: 'Great panel.', updatedAt: null };
    const document = parse(render(data).find((f) => f.path === 'site/sessions.html')!);
    const row = [...document.querySelectorAll('tbody tr')].find((tr) =>
      tr.querySelector('th')?.textContent?.startsWith('Session 3'),
    )!;
    expect(row.textContent).toContain('Excused');
    expect(document.body.textContent).toMatch(/Rating\s*4 of 5/);
    expect(document.body.textContent).toContain('Great panel.');
  });

  it('gives every page a language, a title, a skip link to main, navigation, one h1, headings in order and described tables', () => {
    const data = bundleData({
      artifacts: [artifact()],
      reflections: [
        reflection({
          content: {
            type: 'doc',
            content: [
              {
                type: 'heading',
                attrs: { level: 1 },
                content: [{ type: 'text', text: 'Too high' }],
              },
              {
                type: 'heading',
                attrs: { level: 5 },
                content: [{ type: 'text', text: 'Too deep' }],
              },
            ],
          },
        }),
      ],
    });
    for (const page of pages(render(data))) {
      const document = parse(page);
      expect(document.documentElement.lang, page.path).toBe('en');
      expect(document.title, page.path).not.toBe('');
      const skip = document.querySelector('body > a')!;
      expect(skip.getAttribute('href')).toBe('#main');
      expect(document.querySelector('main#main')).not.toBeNull();
      expect(document.querySelectorAll('nav a').length).toBe(7);
      expect(document.querySelectorAll('nav a[aria-current]').length, page.path).toBe(1);
      expect(document.querySelectorAll('h1').length, page.path).toBe(1);
      let previous = 0;
      for (const heading of document.querySelectorAll(
        'main h1, main h2, main h3, main h4, main h5, main h6',
      )) {
        const level = Number(heading.tagName.slice(1));
        expect(level, `${page.path}: ${heading.textContent}`).toBeLessThanOrEqual(previous + 1);
        previous = level;
      }
      for (const table of document.querySelectorAll('main table')) {
        if (table.closest('.rich-text')) continue;
        expect(table.querySelector('caption')?.textContent?.trim(), page.path).toBeTruthy();
        for (const th of table.querySelectorAll('th'))
          expect(th.getAttribute('scope')).toMatch(/^(col|row)$/);
      }
    }
  });
});
