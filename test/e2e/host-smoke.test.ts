import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  launchChromium,
  startApp,
  type LaunchedChromium,
  type StartedApp,
} from './harness';

let app: StartedApp;
let chromium: LaunchedChromium;

beforeAll(async () => {
  app = await startApp();
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await app?.close();
});

it('opens the app from its link in Chromium: it renders, reaches the core, and breaks neither the CSP nor WCAG', async () => {
  const page = await chromium.context.newPage();
  const cspErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      cspErrors.push(message.text());
    }
  });
  const apiStatuses: number[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/')) apiStatuses.push(response.status());
  });

  const response = await page.goto(app.url);
  expect(response?.status()).toBe(200);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');

  // Each page titles itself "<page> · CTO Mentor Portfolio".
  expect(await page.title()).toMatch(/(^|· )CTO Mentor Portfolio$/);
  expect(apiStatuses.length).toBeGreaterThan(0);
  expect(apiStatuses.every((status) => status === 200)).toBe(true);
  expect(cspErrors).toEqual([]);
  await expectNoAxeViolations(page, 'the first page');
});
