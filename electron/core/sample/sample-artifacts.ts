import { makeDocx, makeXlsx } from './files/make-office';
import { makePdf } from './files/make-pdf';
import { makePng, type Box, type Rgb } from './files/make-png';

/**
 * The sample candidate's evidence: eight real, small files of the kinds candidates attach (PDF,
 * PNG, Word, Excel, CSV, text), made by code so that they are the same bytes on every run and
 * need no files shipped beside the app. Each has a stable key and id, so other sample content
 * (reflections) can link to it: `sampleArtifactId('budget-proposal')`.
 */
export interface SampleArtifactSpec {
  key: string;
  fileName: string;
  title: string;
  description: string;
  tags: string[];
  competencyIds: string[];
  sessionNumbers: number[];
  /** Keys of the default template's assignments this file was made for. */
  assignmentKeys: string[];
  make(): Buffer | Promise<Buffer>;
}

export const sampleArtifactId = (key: string): string => `sample-artifact-${key}`;

const NAVY: Rgb = [31, 58, 96];
const TEAL: Rgb = [32, 140, 140];
const AMBER: Rgb = [230, 160, 40];
const GREY: Rgb = [120, 130, 140];

function barChart(values: readonly number[]): Box[] {
  const axis: Box[] = [
    { x: 40, y: 20, width: 3, height: 240, color: GREY },
    { x: 40, y: 257, width: 440, height: 3, color: GREY },
  ];
  const bars = values.map((value, i) => ({
    x: 60 + i * 70,
    y: 257 - value,
    width: 46,
    height: value,
    color: i === values.length - 1 ? AMBER : TEAL,
  }));
  return [...axis, ...bars];
}

function networkDiagram(): Box[] {
  const node = (x: number, y: number, color = NAVY): Box => ({
    x,
    y,
    width: 90,
    height: 50,
    color,
  });
  const wire = (x: number, y: number, width: number, height: number): Box => ({
    x,
    y,
    width,
    height,
    color: GREY,
  });
  return [
    node(205, 20, AMBER), // internet edge firewall
    wire(248, 70, 4, 50),
    node(205, 120), // core switch
    wire(60, 195, 390, 4),
    wire(248, 170, 4, 25),
    ...[40, 205, 370].flatMap((x) => [wire(x + 43, 195, 4, 45), node(x, 240, TEAL)]),
  ];
}

export const SAMPLE_ARTIFACTS: readonly SampleArtifactSpec[] = [
  {
    key: 'strategic-plan',
    fileName: 'Mesa Verde Technology Strategic Plan 2026-2029.pdf',
    title: 'Technology strategic plan 2026-2029',
    description: 'The three-year plan written for session 1, tied to the board goals.',
    tags: ['strategic plan', 'board'],
    competencyIds: ['cosn-strategic-planning', 'cosn-leadership-and-vision', 'area-leadership'],
    sessionNumbers: [1],
    assignmentKeys: ['session-1'],
    make: () =>
      makePdf([
        { text: 'Mesa Verde Unified School District', bold: true, size: 16 },
        { text: 'Technology Strategic Plan 2026-2029', bold: true, size: 13 },
        { text: 'Prepared by Jordan Rivera, Director of Technology' },
        { text: '' },
        { text: 'Goal 1: Every classroom has reliable, equitable access to learning tools.' },
        { text: 'Goal 2: Staff are confident users of the tools they are given.' },
        { text: 'Goal 3: Student data is secure and handled within policy.' },
        { text: 'Goal 4: Spending follows the board goals and a four-year refresh cycle.' },
        { text: '' },
        { text: 'Measures are reviewed each spring with the cabinet and the board.' },
      ]),
  },
  {
    key: 'pd-survey-results',
    fileName: 'pd-survey-results.csv',
    title: 'Professional development survey results',
    description: 'Staff survey on technology PD needs, for the session 2 assignment.',
    tags: ['survey', 'professional development'],
    competencyIds: [
      'cosn-instructional-focus-and-professional-development',
      'area-analytical-abilities-and-logical-thinking',
    ],
    sessionNumbers: [2],
    assignmentKeys: ['session-2'],
    make: () =>
      Buffer.from(
        [
          'site,respondents,confident_with_lms,wants_ai_training,prefers_after_school',
          'Mesa Verde High,64,0.71,0.58,0.32',
          'Canyon Middle,41,0.63,0.66,0.41',
          'Desert Bloom Elementary,28,0.52,0.49,0.55',
          'Sunrise Elementary,33,0.57,0.61,0.47',
          'District office,19,0.84,0.37,0.21',
          '',
        ].join('\r\n'),
        'utf8',
      ),
  },
  {
    key: 'budget-proposal',
    fileName: 'Device refresh budget (revised).xlsx',
    title: 'Device refresh budget, revised',
    description: 'The session 3 budget, revised with E-rate reimbursements and a refresh cycle.',
    tags: ['budget', 'E-rate'],
    competencyIds: ['cosn-business-management', 'area-fiscal-management'],
    sessionNumbers: [3],
    assignmentKeys: ['session-3'],
    make: () =>
      makeXlsx('Budget', [
        ['Item', 'Year 1', 'Year 2', 'Year 3', 'Total'],
        ['Student Chromebooks', 180000, 185000, 190000, '=SUM(B2:D2)'],
        ['Teacher laptops', 95000, 40000, 40000, '=SUM(B3:D3)'],
        ['Wireless refresh', 120000, 0, 60000, '=SUM(B4:D4)'],
        ['E-rate reimbursement', -84000, 0, -42000, '=SUM(B5:D5)'],
        ['Total', '=SUM(B2:B5)', '=SUM(C2:C5)', '=SUM(D2:D5)', '=SUM(E2:E5)'],
      ]),
  },
  {
    key: 'incident-response-plan',
    fileName: 'Incident response plan - draft.docx',
    title: 'Incident response plan (draft)',
    description: 'Draft after the session 4 tabletop exercise; adds a communications lead.',
    tags: ['security', 'incident response'],
    competencyIds: ['cosn-ethics-and-policies', 'cosn-information-technology-management'],
    sessionNumbers: [4],
    assignmentKeys: ['session-4'],
    make: () =>
      makeDocx([
        { text: 'Incident Response Plan (draft)', heading: true },
        { text: 'Mesa Verde Unified School District, Technology Department' },
        { text: '1. Roles', heading: true },
        {
          text: 'Incident lead: Director of Technology. Communications lead: Public Information Officer.',
        },
        { text: '2. First hour', heading: true },
        { text: 'Isolate affected systems, preserve logs, call the cyber insurance hotline.' },
        { text: '3. Communication', heading: true },
        { text: 'Families and staff hear from the district first, within four hours.' },
      ]),
  },
  {
    key: 'network-diagram',
    fileName: 'network-segmentation.png',
    title: 'Network segmentation diagram',
    description: 'Firewall, core switch and the three segments: staff, students, building systems.',
    tags: ['network', 'security'],
    competencyIds: ['cosn-communication-systems-management'],
    sessionNumbers: [4],
    assignmentKeys: [],
    make: () => makePng(500, 300, [248, 249, 251], networkDiagram()),
  },
  {
    key: 'help-desk-chart',
    fileName: 'help-desk-tickets-by-month.png',
    title: 'Help desk tickets by month',
    description:
      'Tickets per month this school year; the last bar is after the self-service portal.',
    tags: ['help desk', 'metrics'],
    competencyIds: ['area-it-customer-service', 'cosn-data-management'],
    sessionNumbers: [5],
    assignmentKeys: ['prerequisite-5'],
    make: () => makePng(500, 280, [255, 255, 255], barChart([180, 210, 230, 190, 160, 120])),
  },
  {
    key: 'mentor-meeting-notes',
    fileName: 'notes-first-mentor-meeting.txt',
    title: 'Notes from the first mentor meeting',
    description: 'Goals for the year agreed with Dr. Chen after the kickoff.',
    tags: ['mentor', 'goals'],
    competencyIds: ['area-written-communications'],
    sessionNumbers: [0],
    assignmentKeys: [],
    make: () =>
      Buffer.from(
        [
          'First meeting with Dr. Alex Chen',
          '',
          '- Monthly call on the first Tuesday; a visit each semester.',
          '- Goal: present the device refresh to the cabinet by spring.',
          '- Read: CoSN Framework of Essential Skills, sections on business management.',
          '- Send my org chart and the current technology plan.',
          '',
        ].join('\n'),
        'utf8',
      ),
  },
  {
    key: 'class-presentation-handout',
    fileName: 'Class presentation handout.pdf',
    title: 'Class presentation handout',
    description: 'One-page handout for the class oral presentation on the device refresh.',
    tags: ['presentation'],
    competencyIds: ['area-oral-communications', 'cosn-stakeholder-focus'],
    sessionNumbers: [4],
    assignmentKeys: ['class-presentation'],
    make: () =>
      makePdf([
        { text: 'Refreshing 9,000 devices without a bond', bold: true, size: 16 },
        { text: 'Class oral presentation - Jordan Rivera' },
        { text: '' },
        { text: '1. Where we are: 38% of student devices are past their support date.' },
        { text: '2. The plan: a four-year cycle, one grade band per year.' },
        { text: '3. The money: general fund, E-rate Category 2, and resale of old devices.' },
        { text: '4. The ask: cabinet approval to start the grade 9 cohort in August.' },
      ]),
  },
];
