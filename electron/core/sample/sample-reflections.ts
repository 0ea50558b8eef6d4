import type { Portfolio } from '@shared/domain/portfolio';
import { newRecordMeta } from '@shared/domain/record';
import type { Reflection, ReflectionStatus } from '@shared/domain/reflection';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import { richTextWordCount } from '@shared/rich-text/plain-text';
import type { RichTextDoc, RichTextMark, RichTextNode } from '@shared/rich-text/rich-text-schema';
import type { Clock, IdGenerator } from '../platform';
import { openReflectionStore } from '../reflections/reflection-store';
import { sampleArtifactId } from './sample-artifacts';

/** A run of text: plain, or with marks ("**" bold, "_" italic, or a link). */
type Run = string | { bold: string } | { italic: string } | { link: string; href: string };

function textNode(run: Run): RichTextNode {
  if (typeof run === 'string') return { type: 'text', text: run };
  const [text, mark]: [string, RichTextMark] =
    'bold' in run
      ? [run.bold, { type: 'bold' }]
      : 'italic' in run
        ? [run.italic, { type: 'italic' }]
        : [run.link, { type: 'link', attrs: { href: run.href } }];
  return { type: 'text', text, marks: [mark] };
}

const p = (...runs: Run[]): RichTextNode => ({ type: 'paragraph', content: runs.map(textNode) });
const h = (level: 2 | 3, text: string): RichTextNode => ({
  type: 'heading',
  attrs: { level },
  content: [{ type: 'text', text }],
});
const list = (type: 'bulletList' | 'orderedList', items: Run[][]): RichTextNode => ({
  type,
  content: items.map((runs) => ({ type: 'listItem', content: [p(...runs)] })),
});
const ul = (...items: Run[][]) => list('bulletList', items);
const ol = (...items: Run[][]) => list('orderedList', items);
const quote = (...runs: Run[]): RichTextNode => ({ type: 'blockquote', content: [p(...runs)] });
const doc = (...content: RichTextNode[]): RichTextDoc => ({ type: 'doc', content });

interface SampleReflectionSpec {
  title: string;
  status: ReflectionStatus;
  session: number | null;
  /** Keys of the default template's assignments. */
  assignmentKeys: string[];
  /** Keys of the sample's artifacts (sample-artifacts.ts). */
  artifactKeys: string[];
  competencyIds: string[];
  content: RichTextDoc;
}

/** Jordan Rivera's reflections, half way through the program, in the order they were written. */
const SAMPLE_REFLECTIONS: readonly SampleReflectionSpec[] = [
  {
    title: 'Why I joined the CTO Mentor Program',
    status: 'final',
    session: 0,
    assignmentKeys: [],
    artifactKeys: ['mentor-meeting-notes'],
    competencyIds: ['area-written-communications', 'cosn-leadership-and-vision'],
    content: doc(
      h(2, 'Where I am starting from'),
      p(
        'I have run the network and the help desk at Mesa Verde for six years. I am good at keeping things working, and I am known as the person who fixes problems quickly. What I have not done is set direction: I have never written a budget narrative the board read, or told a principal ',
        { italic: 'no' },
        ' in a way that kept the relationship.',
      ),
      h(2, 'What I want by the end of the program'),
      ul(
        ['A technology plan that starts from the board goals, not from the equipment list.'],
        ['The confidence to present to the cabinet without reading my slides.'],
        ['A mentor relationship that lasts past the final presentation.'],
      ),
      p(
        'At the kickoff Dr. Chen asked which of the nine candidate areas I am strongest in. I said ',
        { bold: 'IT customer service' },
        ' without hesitating. The one that needs the most growth is ',
        { bold: 'fiscal management' },
        ', and I suspect it is also the one a superintendent cares about most.',
      ),
    ),
  },
  {
    title: 'Strategic planning starts with the board, not the gear',
    status: 'final',
    session: 1,
    assignmentKeys: ['session-1'],
    artifactKeys: ['strategic-plan'],
    competencyIds: ['cosn-strategic-planning', 'cosn-leadership-and-vision', 'area-leadership'],
    content: doc(
      h(2, 'What changed in my thinking'),
      p(
        'My first draft of the plan was a list of projects: replace the core switches, move to a new student information system, add Wi-Fi to the portables. Session 1 turned it upside down. Every goal in the final plan now begins with a sentence the board already adopted, and the projects sit underneath as the means.',
      ),
      h(3, 'The three questions I now ask of every project'),
      ol(
        ['Which board goal does this serve, and how will we know it did?'],
        ['Who has to change how they work, and have they been asked?'],
        ['What does it cost over four years, not just this year?'],
      ),
      quote(
        '"If the superintendent cannot repeat your plan in the elevator, it is not a plan yet." (Dr. Chen, after reading my first draft)',
      ),
      p(
        'The plan I submitted fits on two pages with an appendix. The instructor graded it A; what pleased me more was that our assistant superintendent asked for a copy to use at the cabinet retreat. See the ',
        { link: 'CoSN framework', href: 'https://www.cosn.org/' },
        ' for the skills this maps to.',
      ),
    ),
  },
  {
    title: 'What makes professional development stick',
    status: 'final',
    session: 2,
    assignmentKeys: ['session-2'],
    artifactKeys: ['pd-survey-results'],
    competencyIds: [
      'cosn-instructional-focus-and-professional-development',
      'area-analytical-abilities-and-logical-thinking',
      'area-facilitation-and-people-skills',
    ],
    content: doc(
      p(
        'I missed session 2 for a board meeting and watched the recording, which made me notice how much of good PD is the conversation in the room. That shaped the survey I designed for the assignment.',
      ),
      h(2, 'What the survey showed'),
      ul(
        [
          'Elementary staff are the least confident with the learning management system, and the most interested in after-school sessions.',
        ],
        ['High school teachers want help with AI tools far more than with the LMS.'],
        ['Almost nobody wants another one-off district-wide training day.'],
      ),
      h(2, 'What I will do differently'),
      p(
        'We will pilot short coaching cycles at Desert Bloom Elementary: a 30-minute session, two weeks of trying it in class, then a follow-up visit. The measure is not attendance but whether the tool is still in use a month later. The instructor asked how I will measure classroom impact; that is the part I still have to work out with the principals.',
      ),
    ),
  },
  {
    title: 'Revising the device refresh budget',
    status: 'draft',
    session: 3,
    assignmentKeys: ['session-3'],
    artifactKeys: ['budget-proposal'],
    competencyIds: ['area-fiscal-management', 'cosn-business-management'],
    content: doc(
      h(2, 'Why the first version came back'),
      p(
        'My budget was returned with ',
        { bold: 'Revise' },
        ': it left out E-rate reimbursements and treated the Chromebook purchase as a one-time cost. Both comments were fair. I had built the budget the way I build a purchase order, not the way a CFO reads a multi-year commitment.',
      ),
      h(2, 'What the revision changes'),
      table(
        ['Line', 'First version', 'Revised'],
        ['Devices', 'One purchase in year 1', 'A quarter of the fleet each year'],
        ['E-rate', 'Not included', 'Category 2 reimbursement shown as income'],
        ['Repairs', 'Lumped into devices', 'Own line, from help desk data'],
      ),
      p(
        'Spreading the refresh over four years makes the yearly number predictable, which is what our business office asked for. I still need to confirm the E-rate discount rate with the consultant before I resubmit.',
      ),
    ),
  },
  {
    title: 'The ransomware tabletop: we have no communications lead',
    status: 'draft',
    session: 4,
    assignmentKeys: ['session-4'],
    artifactKeys: ['incident-response-plan', 'network-diagram'],
    competencyIds: [
      'cosn-information-technology-management',
      'cosn-ethics-and-policies',
      'area-analytical-abilities-and-logical-thinking',
    ],
    content: doc(
      p(
        'The tabletop exercise in session 4 assumed a ransomware attack on a Monday morning. Our team handled the technical steps well: isolate the segment, restore from the offline backups, call the insurer. Then the facilitator asked who tells the parents, and nobody in my group could answer for their district. I could not answer for mine.',
      ),
      h(2, 'Gaps I found in our incident response plan'),
      ul(
        ['No named communications lead, and no pre-approved messages for families or staff.'],
        [
          'Phone numbers for the insurer and the county office are only stored on the network that would be down.',
        ],
        ['The plan has never been tested with the cabinet in the room.'],
      ),
      h(2, 'Next steps'),
      ol(
        ['Ask the public information officer to own communications during an incident.'],
        ['Print the contact sheet and keep copies off site.'],
        ['Run our own tabletop with the cabinet before the end of the semester.'],
      ),
    ),
  },
  {
    title: 'Presenting to the class: one idea per slide',
    status: 'final',
    session: null,
    assignmentKeys: ['class-presentation'],
    artifactKeys: ['class-presentation-handout', 'help-desk-chart'],
    competencyIds: [
      'area-oral-communications',
      'area-it-customer-service',
      'cosn-stakeholder-focus',
    ],
    content: doc(
      p(
        'My class presentation was on help desk metrics: how we cut the median time to resolve a ticket from four days to under two by triaging at the front desk. I rehearsed it twice with Dr. Chen on the phone, and both times he stopped me at the same slide, the one with three charts on it.',
      ),
      h(2, 'What I learned about presenting'),
      ul(
        ['One idea per slide. The chart that matters, large, and nothing else.'],
        ['Start with the teacher waiting for a projector, not with the ticket system.'],
        [
          'Leave time for questions; the best discussion came from a question about student help desks.',
        ],
      ),
      p(
        'The instructor’s comment was ',
        { italic: 'confident delivery; keep the slides to one idea each' },
        '. I will carry that into the final presentation.',
      ),
    ),
  },
];

function table(...rows: string[][]): RichTextNode {
  return {
    type: 'table',
    content: rows.map((cells, index) => ({
      type: 'tableRow',
      content: cells.map((text) => ({
        type: index === 0 ? 'tableHeader' : 'tableCell',
        attrs: { colspan: 1, rowspan: 1 },
        content: [p(text)],
      })),
    })),
  };
}

/**
 * The sample's reflections, linked to the sample portfolio's sessions, assignments (by the
 * template's keys) and artifacts (by their stable ids); a link whose target is missing is left out.
 */
export function buildSampleReflections({
  portfolio,
  now,
  newId,
}: {
  portfolio: Portfolio;
  now: Date;
  newId: IdGenerator;
}): Reflection[] {
  // newPortfolio keeps the template's order, so the template's keys name each assignment.
  const assignmentIdOf = (key: string) =>
    portfolio.assignments[DEFAULT_PROGRAM.assignments.findIndex((a) => a.key === key)]?.id;
  const artifactIds = new Set(portfolio.artifacts.map((a) => a.id));
  return SAMPLE_REFLECTIONS.map((spec, index) => {
    // Written one after another, a few days apart, so sorting by date shows a history.
    const at = new Date(now.getTime() - (SAMPLE_REFLECTIONS.length - index) * 12 * 86_400_000);
    return {
      ...newRecordMeta(newId(), at),
      title: spec.title,
      status: spec.status,
      session: spec.session,
      assignmentIds: spec.assignmentKeys.flatMap((key) => assignmentIdOf(key) ?? []),
      artifactIds: spec.artifactKeys.map(sampleArtifactId).filter((id) => artifactIds.has(id)),
      competencyIds: spec.competencyIds,
      private: false,
      content: spec.content,
      wordCount: richTextWordCount(spec.content),
    };
  });
}

/**
 * Give the sample in `dir` its reflections when its reflection folder holds none yet (a new
 * sample, or one made before reflections existed). Deleted sample reflections stay as tombstones,
 * so deleting them all does not bring them back. Call it while holding the folder's lock.
 */
export async function seedSampleReflections({
  dir,
  portfolio,
  clock,
  newId,
}: {
  dir: string;
  portfolio: Portfolio;
  clock: Clock;
  newId: IdGenerator;
}): Promise<void> {
  const { store } = await openReflectionStore(dir, clock);
  try {
    if (store.all().length > 0) return;
    for (const reflection of buildSampleReflections({ portfolio, now: clock.now(), newId })) {
      await store.create(reflection);
    }
  } finally {
    await store.close();
  }
}
