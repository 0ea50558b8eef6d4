import { artifactEntryPath } from '@shared/bundle/bundle-schemas';
import { html, type SafeHtml } from './html';
import type { SiteModel } from './site-model';
import { relativeHref, SITE_PATHS } from './site-paths';
import { SITE_TEXT } from './site-text';

/** A list of links, or "None" when there are none. */
function linkList(links: readonly { href: string; title: string }[]): SafeHtml {
  if (links.length === 0) return html`${SITE_TEXT.none}`;
  return html`<ul class="links">
    ${links.map(({ href, title }) => html`<li><a href="${href}">${title}</a></li>`)}
  </ul>`;
}

/** Links from the page at `from` to the live reflections among `ids`; missing ones are left out. */
export function reflectionLinks(model: SiteModel, from: string, ids: readonly string[]): SafeHtml {
  return linkList(
    [...new Set(ids)].flatMap((id) => {
      const reflection = model.reflectionById.get(id);
      return reflection
        ? [{ href: relativeHref(from, reflection.path), title: reflection.record.title }]
        : [];
    }),
  );
}

/** Links from the page at `from` to the live artifacts among `ids` on the artifacts page. */
export function artifactLinks(model: SiteModel, from: string, ids: readonly string[]): SafeHtml {
  return linkList(
    [...new Set(ids)].flatMap((id) => {
      const artifact = model.artifactById.get(id);
      return artifact
        ? [
            {
              href: `${relativeHref(from, SITE_PATHS.artifacts)}#${artifact.anchor}`,
              title: artifact.record.title,
            },
          ]
        : [];
    }),
  );
}

/** The link to an artifact's file in the bundle, downloaded under the name it was added with. */
export function artifactFileLink(
  from: string,
  artifact: { sha256: string; fileName: string },
  text: string,
): SafeHtml {
  return html`<a
    href="${relativeHref(from, artifactEntryPath(artifact.sha256))}"
    download="${artifact.fileName}"
    >${text}</a
  >`;
}
