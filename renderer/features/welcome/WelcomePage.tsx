import { WelcomeActions } from './WelcomeActions';
import type { Portfolio } from '@shared/domain/portfolio';
import { reviewerRoleOf, EMPTY_REVIEWER_PROFILE, type Role } from '@shared/review/roles';
import { Page } from '../../components/Page';
import { useValidatedForm } from '../../forms/use-validated-form';
import { liveSessions } from '../../data/live-records';
import { reviewerFormValuesOf } from '../identity/identity-form';
import { ReviewerProfileFieldset } from '../identity/ReviewerProfileFieldset';
import { welcomeStrings } from './strings';
import { ProfileFieldset } from '../profile/ProfileFieldset';
import { EMPTY_PROFILE_VALUES } from '../profile/profile-form';
import { SessionDatesFieldset } from './SessionDatesFieldset';
import { useFinishWelcome } from './use-finish-welcome';
import { validateWelcomeFor, type WelcomeFormValues } from './welcome-form';
import { WelcomeHints } from './WelcomeHints';

export interface WelcomePageProps {
  portfolio: Portfolio;
  /** The roles the user chose: they decide which questions the welcome asks. */
  roles: readonly Role[];
}

function initialValues(portfolio: Portfolio): WelcomeFormValues {
  const sessionDates: Record<number, string> = {};
  for (const session of liveSessions(portfolio)) sessionDates[session.number] = session.date ?? '';
  return {
    profile: EMPTY_PROFILE_VALUES,
    sessionDates,
    reviewer: reviewerFormValuesOf(EMPTY_REVIEWER_PROFILE),
  };
}

/**
 * The first run's details, in tab order, with Enter submitting: the candidate's own for a
 * candidate, the reviewer's profile for a mentor or instructor, both for someone who is both.
 * "Save and continue" is the form's first button, so Enter in any field saves; "Skip for now"
 * saves nothing more.
 */
export function WelcomePage({ portfolio, roles }: WelcomePageProps) {
  const steps = useFinishWelcome();
  const { values, setField, errors, submit } = useValidatedForm({
    initialValues: () => initialValues(portfolio),
    validate: (typed: WelcomeFormValues) => validateWelcomeFor(typed, roles),
    onValid: steps.finish,
  });
  const setProfile = setField('profile');
  const setReviewer = setField('reviewer');
  const candidate = roles.includes('candidate');
  const reviewer = reviewerRoleOf(roles) !== null;

  const candidateFields = (
    <>
      <ProfileFieldset
        values={values.profile}
        errors={errors}
        setField={(key) => (value) => setProfile({ ...values.profile, [key]: value })}
      />
      <SessionDatesFieldset
        sessions={liveSessions(portfolio)}
        dates={values.sessionDates}
        errors={errors}
        onChange={setField('sessionDates')}
      />
    </>
  );
  return (
    <Page title={welcomeStrings.title}>
      <p className="lead">{candidate ? welcomeStrings.intro : welcomeStrings.reviewerIntro}</p>
      <form className="form card" noValidate onSubmit={submit}>
        {candidate && reviewer ? (
          <fieldset className="fieldset fieldset-stack">
            <legend>{welcomeStrings.portfolioLegend}</legend>
            {candidateFields}
          </fieldset>
        ) : candidate ? (
          candidateFields
        ) : null}
        {reviewer ? (
          <ReviewerProfileFieldset
            roles={roles}
            values={values.reviewer}
            errors={errors}
            setField={(key) => (value) => setReviewer({ ...values.reviewer, [key]: value })}
          />
        ) : null}
        <WelcomeActions submitLabel={welcomeStrings.save} steps={steps} />
      </form>
      <WelcomeHints />
    </Page>
  );
}
