import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { arrangeCandidate, becomeReviewer, importForReview } from '../support/review-arrange';
import { otherComputersPerTest } from './support/bundles';
import { corePerTest } from './support/core-per-test';
import { renderApp } from './support/render-app';

const mentor = corePerTest();
const computers = otherComputersPerTest();

async function candidateUnderReview(): Promise<string> {
  const candidateCore = await computers.open();
  const { portfolioId } = await arrangeCandidate(candidateCore);
  await importForReview(candidateCore, mentor);
  await becomeReviewer(mentor.dir);
  return portfolioId;
}

describe('a monthly progress report', () => {
  it('is started, saved as a draft, finalised, and then refuses edits', async () => {
    const portfolioId = await candidateUnderReview();
    const { user } = renderApp(mentor.transport, `/candidates/${portfolioId}/reports`);
    await screen.findByRole('heading', { level: 1, name: 'Monthly progress reports: Jordan Lee' });
    const month = screen.getByRole('textbox', { name: 'Month' });
    await user.clear(month);
    await user.type(month, '2026-09');
    await user.click(screen.getByRole('button', { name: 'Start report' }));

    await screen.findByRole('heading', {
      level: 1,
      name: 'Progress report, September 2026: Jordan Lee',
    });
    const facts = screen.getByRole('region', { name: 'Since the previous report' });
    expect(within(facts).getByText('Sessions attended').nextSibling?.textContent).toBe('1');
    const leadership = screen.getByRole('radiogroup', { name: 'Leadership' });
    await user.click(within(leadership).getByRole('radio', { name: '3 · Proficient' }));
    await user.type(screen.getByRole('textbox', { name: 'Strengths' }), 'Plans ahead.');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText('Draft saved.');

    await user.click(screen.getByRole('button', { name: 'Finalise…' }));
    let dialog = await screen.findByRole('dialog', { name: 'Finalise this report?' });
    await user.click(within(dialog).getByRole('button', { name: 'Finalise' }));
    await screen.findByText(
      "Before finalising this report, sign it with your name and the date and confirm the candidate's continued K-12 employment.",
    );

    await user.click(
      screen.getByRole('checkbox', { name: 'The candidate is still employed in K-12 education' }),
    );
    await user.type(screen.getByRole('textbox', { name: 'Signed by (your name)' }), 'Sam Rivera');
    await user.type(screen.getByLabelText('Date signed'), '2026-10-02');
    await user.click(screen.getByRole('button', { name: 'Finalise…' }));
    dialog = await screen.findByRole('dialog', { name: 'Finalise this report?' });
    await user.click(within(dialog).getByRole('button', { name: 'Finalise' }));

    await screen.findByText(/^Final since .*: it can no longer be changed\.$/);
    expect(screen.queryByRole('button', { name: 'Save draft' })).toBeNull();
    const ratings = screen.getByRole('table');
    const row = within(ratings).getByRole('rowheader', { name: 'Leadership' }).closest('tr')!;
    expect(within(row).getByText('3 · Proficient')).toBeTruthy();

    const { layer } = await mentor.call('review-layer-get', { portfolioId });
    const report = layer.reports[0]!;
    expect(report).toMatchObject({ state: 'final', strengths: 'Plans ahead.' });
    expect(report.sha256).toMatch(/^[0-9a-f]{64}$/);
    await expect(
      mentor.call('review-report-update', { portfolioId, id: report.id, strengths: 'Later.' }),
    ).rejects.toThrow(
      "This report is final and cannot be changed; start next month's report instead.",
    );
  });

  it('prints from a clean view with the program, candidate, month, facts and signature', async () => {
    const portfolioId = await candidateUnderReview();
    const report = await mentor.call('review-report-create', { portfolioId, month: '2026-09' });
    await mentor.call('review-report-update', {
      portfolioId,
      id: report.id,
      ratings: report.ratings.map((r) =>
        r.areaId === 'area-fiscal-management' ? { ...r, level: 4, note: 'Budget mastered.' } : r,
      ),
      concerns: 'None this month.',
      employmentConfirmed: true,
      signOff: { name: 'Sam Rivera', date: '2026-10-02' },
    });
    const final = await mentor.call('review-report-finalize', { portfolioId, id: report.id });
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);

    const { user } = renderApp(
      mentor.transport,
      `/candidates/${portfolioId}/reports/${report.id}/print`,
    );
    const title = await screen.findByRole('heading', {
      level: 1,
      name: 'Progress report, September 2026',
    });
    const sheet = title.closest('article')!;
    const sheetView = within(sheet as HTMLElement);
    expect(sheetView.getByText('K-12 CTO Mentor Program')).toBeTruthy();
    expect(sheetView.getByText('Jordan Lee')).toBeTruthy();
    expect(sheetView.getByText('Lakeside USD')).toBeTruthy();
    expect(sheetView.getByText('Sessions attended').nextSibling?.textContent).toBe('1');
    const row = sheetView.getByRole('rowheader', { name: 'Fiscal management' }).closest('tr')!;
    expect(within(row).getByText('4 · Exemplary')).toBeTruthy();
    expect(within(row).getByText('Budget mastered.')).toBeTruthy();
    expect(sheetView.getByText('None this month.')).toBeTruthy();
    const signature = sheetView.getByRole('region', { name: 'Signature' });
    expect(within(signature).getByText('Sam Rivera')).toBeTruthy();
    expect(within(signature).getByText('Confirmed')).toBeTruthy();
    expect(within(signature).getByText(final.sha256!)).toBeTruthy();
    await user.click(sheetView.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });
});

describe('the work-study log', () => {
  it('adds, edits and deletes an entry, with undo', async () => {
    const portfolioId = await candidateUnderReview();
    const { user } = renderApp(mentor.transport, `/candidates/${portfolioId}/work-study`);
    await user.click(await screen.findByRole('button', { name: 'Add entry' }));
    const form = screen.getByRole('form', { name: 'New work-study entry' });
    await user.type(within(form).getByRole('textbox', { name: 'Hours' }), '1,5');
    await user.type(within(form).getByRole('textbox', { name: 'Activity' }), 'E-rate review');
    await user.click(within(form).getByRole('button', { name: 'Save entry' }));
    await screen.findByText('1.5 hours in all');

    await user.click(screen.getByRole('button', { name: /^Edit: .*E-rate review$/ }));
    const edit = screen.getByRole('form', { name: 'Edit work-study entry' });
    const hours = within(edit).getByRole('textbox', { name: 'Hours' });
    await user.clear(hours);
    await user.type(hours, '30');
    await user.click(within(edit).getByRole('button', { name: 'Save entry' }));
    await within(edit).findByText('Enter from 0.25 to 24 hours.');
    await user.clear(hours);
    await user.type(hours, '2');
    await user.click(within(edit).getByRole('button', { name: 'Save entry' }));
    await screen.findByText('2 hours in all');

    await user.click(screen.getByRole('button', { name: /^Delete: .*E-rate review$/ }));
    await screen.findByText('No work study logged yet.');
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await screen.findByText('2 hours in all');
    const { layer } = await mentor.call('review-layer-get', { portfolioId });
    expect(layer.workStudy).toEqual([
      expect.objectContaining({ hours: 2, activity: 'E-rate review', deletedAt: null }),
    ]);
  });
});
