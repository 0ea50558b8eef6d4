import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { corePerTest } from './support/core-per-test';
import { renderApp } from './support/render-app';

const core = corePerTest();

const rowOf = (table: HTMLElement, competency: string) =>
  within(table).getByRole('rowheader', { name: competency }).closest('tr')!;

describe('evidence map', () => {
  it('lists a reflection in the row of the competency it is tagged with', async () => {
    await core.call('reflection-create', {
      title: 'Board presentation',
      competencyIds: ['area-oral-communications'],
    });
    renderApp(core.transport, '/evidence');
    const table = await screen.findByRole('table', { name: /Program candidate areas/ });

    const oral = rowOf(table, 'Oral communications');
    expect(within(oral).getByRole('link', { name: 'Board presentation' })).toBeTruthy();
    expect(within(oral).getByText('Covered')).toBeTruthy();
    const written = rowOf(table, 'Written communications');
    expect(within(written).queryByRole('link')).toBeNull();
    expect(within(written).getByText('Not yet')).toBeTruthy();
    expect(within(table).getByText('1 of 9 competencies have evidence.')).toBeTruthy();

    // The framework is named once on screen, by its section's heading; the caption that names
    // the table for screen readers is hidden from sight.
    const section = screen.getByRole('region', { name: 'Program candidate areas' });
    const shownNames = [...section.querySelectorAll('*')].filter(
      (element) =>
        !element.closest('.visually-hidden') &&
        [...element.childNodes].some(
          (node) =>
            node.nodeType === Node.TEXT_NODE &&
            node.textContent?.includes('Program candidate areas'),
        ),
    );
    expect(shownNames.map((element) => element.tagName)).toEqual(['H2']);
  });

  it('shows one framework when chosen, and coverage on the dashboard', async () => {
    await core.call('reflection-create', {
      title: 'Vision statement',
      competencyIds: ['cosn-leadership-and-vision', 'area-leadership'],
    });
    const { user } = renderApp(core.transport, '/evidence');
    await screen.findAllByRole('table');
    expect(screen.getAllByRole('table')).toHaveLength(2);
    await user.selectOptions(
      screen.getByLabelText('Framework'),
      'CoSN Framework of Essential Skills of the K-12 CTO',
    );
    expect(screen.getAllByRole('table')).toHaveLength(1);

    await user.click(screen.getByRole('link', { name: 'Dashboard' }));
    expect(
      await screen.findByRole('heading', { name: /Competency coverage: 2 of \d+/ }),
    ).toBeTruthy();
  });
});
