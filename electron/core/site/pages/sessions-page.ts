import { sessionLabel, type Session } from '@shared/domain/session';
import { detailsList, multilineText } from '../details-list';
import { html, type SafeHtml } from '../html';
import { renderPage } from '../page-layout';
import type { SiteFile } from '../site-file';
import type { SiteModel } from '../site-model';
import { SITE_PATHS } from '../site-paths';
import { formatSiteDate, SITE_TEXT } from '../site-text';

const PATH = SITE_PATHS.sessions;

const sessionName = (session: Session) =>
  session.title
    ? `${sessionLabel(session.number)}: ${session.title}`
    : sessionLabel(session.number);

function sessionRow(session: Session): SafeHtml {
  return html`<tr>
    <th scope="row">${sessionName(session)}</th>
    <td>${session.date ? formatSiteDate(session.date) : SITE_TEXT.noDate}</td>
    <td>${session.place || SITE_TEXT.notSet}</td>
    <td>${SITE_TEXT.attendance[session.attendance]}</td>
    <td>${session.topics.length > 0 ? session.topics.join('; ') : SITE_TEXT.none}</td>
  </tr>`;
}

const hasFeedback = (session: Session) =>
  session.feedback.rating !== null || session.feedback.comments.trim() !== '';

/** Notes and program feedback of one session, when it has any. */
function sessionDetails(session: Session, index: number): SafeHtml | null {
  const notes = session.notes.trim() !== '';
  if (!notes && !hasFeedback(session)) return null;
  const { rating, comments } = session.feedback;
  return html`<section aria-labelledby="session-${index + 1}">
    <h3 id="session-${index + 1}">${sessionName(session)}</h3>
    ${
      notes
        ? html`<h4>Notes</h4>
            ${multilineText(session.notes)}`
        : ''
    }
    ${
      hasFeedback(session)
        ? html`<h4>Program feedback</h4>
            ${detailsList([
              ['Rating', rating === null ? '' : SITE_TEXT.rating(rating)],
              ['Comments', comments.trim() === '' ? '' : multilineText(comments)],
            ])}`
        : ''
    }
  </section>`;
}

/** The main content of the sessions page, starting with its h1 (also a section of the PDF). */
export function sessionsMain(model: SiteModel): SafeHtml {
  const details = model.sessions.flatMap((s, index) => sessionDetails(s, index) ?? []);
  const main = html`<h1>${SITE_TEXT.pages.sessions}</h1>
    <section aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">Sessions and attendance</h2>
      ${
        model.sessions.length > 0
          ? html`<table>
              <caption>
                Every session of the program with its date, place, attendance and topics
              </caption>
              <thead>
                <tr>
                  <th scope="col">Session</th>
                  <th scope="col">Date</th>
                  <th scope="col">Place</th>
                  <th scope="col">Attendance</th>
                  <th scope="col">Topics</th>
                </tr>
              </thead>
              <tbody>
                ${model.sessions.map(sessionRow)}
              </tbody>
            </table>`
          : html`<p>No sessions.</p>`
      }
    </section>
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes and program feedback</h2>
      ${details.length > 0 ? details : html`<p>No notes or program feedback yet.</p>`}
    </section>`;
  return main;
}

/** site/sessions.html: the sessions with dates, places, attendance, notes and program feedback. */
export function sessionsPage(model: SiteModel): SiteFile {
  return renderPage(model, {
    path: PATH,
    section: 'sessions',
    title: SITE_TEXT.pages.sessions,
    main: sessionsMain(model),
  });
}
