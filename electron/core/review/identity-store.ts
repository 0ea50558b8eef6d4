import { join } from 'node:path';
import {
  EMPTY_REVIEWER_PROFILE,
  identitySchema,
  reviewerRoleOf,
  type Identity,
  type Reviewer,
} from '@shared/review/roles';
import { UserError } from '../errors';
import type { Clock, IdGenerator } from '../platform';
import { SerialQueue } from '../serial-queue';
import { JsonDocumentFile } from './json-document-file';

export const IDENTITY_FILE = 'identity.json';

/**
 * `<data>/identity.json`: who uses this data folder (roles) and, for a reviewer, their profile
 * and stable reviewer id. Reading never writes: until the user first saves, the default
 * (a candidate who has not yet answered) is returned with a reviewer id made for this answer
 * only; the id is fixed by the first save.
 */
export class IdentityStore {
  private readonly file: JsonDocumentFile<Identity>;
  private readonly queue = new SerialQueue();
  private unsavedReviewerId: string | null = null;

  constructor(
    dataDir: string,
    private readonly clock: Clock,
    private readonly newId: IdGenerator,
  ) {
    this.file = new JsonDocumentFile(
      join(dataDir, IDENTITY_FILE),
      identitySchema,
      'your role settings',
    );
  }

  async get(): Promise<Identity> {
    return (await this.file.readOrNull()) ?? this.defaultIdentity();
  }

  /**
   * Apply `change` to the identity and save it (the first save fixes the reviewer id). A damaged
   * file is changed from the default, and the write keeps the damaged one aside.
   */
  update(change: (identity: Identity) => Identity): Promise<Identity> {
    return this.queue.run(async () => {
      const found = await this.file.read();
      const current = found.state === 'ok' ? found.value : this.defaultIdentity();
      const next = identitySchema.parse(change(current));
      await this.file.write(next, this.clock.now());
      return next;
    });
  }

  /** The reviewer a review file and every grade name; refused for a user with no reviewer role. */
  async reviewer(): Promise<Reviewer> {
    const identity = await this.get();
    const role = reviewerRoleOf(identity.roles);
    if (role === null) {
      throw new UserError(
        'invalid-input',
        'Only a mentor or an instructor writes reviews: choose that role on the Profile page first.',
      );
    }
    if ((await this.file.read()).state === 'missing') await this.update((same) => same);
    const saved = await this.get();
    return { reviewerId: saved.reviewerId, name: saved.reviewer.name, role };
  }

  private defaultIdentity(): Identity {
    this.unsavedReviewerId ??= this.newId();
    return {
      format: 'cto-portfolio-identity',
      formatVersion: 1,
      roles: ['candidate'],
      rolesChosenAt: null,
      reviewerId: this.unsavedReviewerId,
      reviewer: EMPTY_REVIEWER_PROFILE,
    };
  }
}
