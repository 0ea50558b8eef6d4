import { authorName, type Leap2aContext } from './leap2a-context';

/**
 * The candidate as a `leap2:person` entry: the feed's author points at it (Mahara reads the
 * author's `uri`), so an importer fills the profile from it. Its content stays empty: Mahara
 * would otherwise import the content as the person's introduction.
 */
export function addPerson({ model, parts }: Leap2aContext): string {
  const { profile, program } = model.portfolio;
  const persondata = [
    { field: 'full_name', value: profile.name },
    { field: 'other', label: 'District or organisation', value: profile.organisation },
    { field: 'other', label: 'Mentor', value: profile.mentorName },
    { field: 'other', label: 'Program', value: program.title },
    {
      field: 'other',
      label: 'Cohort year',
      value: profile.cohortYear === null ? '' : String(profile.cohortYear),
    },
  ].filter((item) => item.value.trim() !== '');
  return parts.add('person', '', {
    type: 'person',
    title: authorName(model),
    published: profile.createdAt,
    updated: profile.updatedAt,
    content: { type: 'text', text: '' },
    categories: [{ scheme: 'person_type', term: 'Self' }],
    persondata,
  });
}
