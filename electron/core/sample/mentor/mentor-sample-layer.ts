import type { BundleData } from '@shared/bundle/bundle-schemas';
import { addDays, localIsoDate } from '@shared/domain/dates';
import { isLive, newRecordMeta } from '@shared/domain/record';
import { richTextToPlainText } from '@shared/rich-text/plain-text';
import type { RatingLevel } from '@shared/review/rating-scale';
import { candidateAreasOf } from '@shared/review/program-review';
import { reportFacts } from '@shared/review/report-facts';
import { firstDayOf, lastDayOf } from '@shared/review/report-month';
import {
  EMPTY_REVIEW_LAYER,
  type Evaluation,
  type ProgressReport,
  type ReviewLayerContent,
  type Thread,
} from '@shared/review/review-layer';
import { reportSha256 } from '../../review/report-sha256';
import type { SampleCandidate } from './mentor-sample-candidates';
import { SAMPLE_MENTOR } from './mentor-sample-candidates';

interface LayerInput {
  candidate: SampleCandidate;
  data: BundleData;
  now: Date;
  newId: () => string;
}

/** What the mentor has written about each sample candidate. */
export function sampleLayer(input: LayerInput): ReviewLayerContent {
  const { candidate } = input;
  const layer: ReviewLayerContent = {
    ...EMPTY_REVIEW_LAYER,
    evaluations: evaluations(input, candidate.key === 'overdue' ? 1 : 3),
    attendance: attendance(input),
    workStudy: workStudy(input, candidate.key === 'overdue' ? 1 : 3),
  };
  if (candidate.key === 'on-track') return { ...layer, reports: [finalReport(input, layer)] };
  if (candidate.key === 'open-thread') return { ...layer, threads: openThread(input) };
  return layer;
}

function evaluations({ data, now, newId }: LayerInput, count: number): Evaluation[] {
  const { assignments, program } = data.portfolio;
  const passed = assignments.filter((a) => isLive(a) && a.status === 'passed').slice(0, count);
  return passed.map((assignment) => {
    const rubric = program.rubrics.find((r) => r.kinds.includes(assignment.kind));
    return {
      ...newRecordMeta(newId(), now),
      assignmentId: assignment.id,
      result: 'passed',
      rubric: (rubric?.criteria ?? []).map((criterion, index) => ({
        criterionId: criterion.id,
        level: (index % 2 === 0 ? 3 : 4) as RatingLevel,
      })),
      comment: `Solid work on "${assignment.title}": it reads as a plan a board could approve.`,
    };
  });
}

function attendance({ data, now, newId }: LayerInput): ReviewLayerContent['attendance'] {
  return data.portfolio.sessions
    .filter((s) => isLive(s) && s.attendance === 'attended')
    .map((session) => ({ ...newRecordMeta(newId(), now), sessionId: session.id, confirmed: true }));
}

const WORK_STUDY = [
  { activity: 'Shadowed the E-rate Form 471 filing', hours: 3, areas: ['area-fiscal-management'] },
  {
    activity: 'Led the cabinet update on the device refresh',
    hours: 1.5,
    areas: ['area-leadership'],
  },
  { activity: 'Ran the help-desk survey review', hours: 2, areas: ['area-it-customer-service'] },
];

function workStudy({ now, newId }: LayerInput, count: number): ReviewLayerContent['workStudy'] {
  const today = localIsoDate(now);
  return WORK_STUDY.slice(0, count).map((entry, index) => ({
    ...newRecordMeta(newId(), now),
    date: addDays(today, -7 - index * 10),
    hours: entry.hours,
    activity: entry.activity,
    competencyIds: entry.areas,
    note: 'Candidate prepared well and asked good questions.',
  }));
}

function openThread({ data, now, newId }: LayerInput): Thread[] {
  const reflection = data.reflections.find((r) => isLive(r) && r.wordCount > 20);
  if (!reflection) return [];
  const text = richTextToPlainText(reflection.content);
  const start = Math.min(40, Math.max(0, text.length - 60));
  const quote = text.slice(start, start + 48).trim();
  const at = now.toISOString();
  return [
    {
      ...newRecordMeta(newId(), now),
      target: { kind: 'reflection', id: reflection.id },
      anchor: {
        quote,
        prefix: text.slice(Math.max(0, start - 40), start),
        suffix: text.slice(start + 48, start + 88),
      },
      comments: [
        {
          id: newId(),
          authorRole: 'mentor',
          authorName: SAMPLE_MENTOR.name,
          body: 'Can you say how you would measure this? What would the board see after a year?',
          createdAt: at,
        },
      ],
      resolvedAt: null,
    },
  ];
}

function finalReport(input: LayerInput, layer: ReviewLayerContent): ProgressReport {
  const { data, now, newId } = input;
  // Last month's report, signed on the 4th of this month.
  const month = previousMonthOf(localIsoDate(now).slice(0, 7));
  const signed = addDays(lastDayOf(month), 4);
  const facts = reportFacts({
    month,
    previousMonth: null,
    portfolio: data.portfolio,
    reflections: data.reflections,
    layer,
  });
  const areas = candidateAreasOf(data.portfolio.program);
  const report: ProgressReport = {
    ...newRecordMeta(newId(), now),
    month,
    facts,
    ratings: areas.map((area, index) => ({
      areaId: area.id,
      level: (index % 3 === 0 ? 4 : 3) as RatingLevel,
      note: '',
    })),
    strengths: 'Strong written plans tied to board goals; steady attendance.',
    concerns: 'The fiscal management assignment needed a revision (E-rate left out).',
    nextSteps: 'Resubmit the budget with E-rate; shadow the next cabinet budget review.',
    employmentConfirmed: true,
    signOff: { name: SAMPLE_MENTOR.name, date: signed },
    state: 'final',
    finalizedAt: `${signed}T16:00:00.000Z`,
    sha256: null,
  };
  return { ...report, sha256: reportSha256(report) };
}

/** "2026-10" for "2026-11". */
function previousMonthOf(month: string): string {
  return addDays(firstDayOf(month), -1).slice(0, 7);
}
