import { useCoreMutation } from '../data/use-core-mutation';
import { useOfferUndo } from './undo-context';

export interface DeleteMessages<T> {
  deleted: (record: T) => string;
  restored: (record: T) => string;
}

/**
 * Deletes a record (the core keeps a tombstone) and offers "Undo" in the snackbar, which restores
 * it. Uses the promise rather than mutate's callbacks: the deleted row unmounts before those run.
 */
export function useDeleteWithUndo<T extends { id: string }>(
  kind: 'assignment' | 'log' | 'reflection' | 'artifact',
  messages: DeleteMessages<T>,
) {
  const deleteRecord = useCoreMutation(`${kind}-delete`);
  const restoreRecord = useCoreMutation(`${kind}-restore`);
  const offerUndo = useOfferUndo();
  /**
   * Resolves true once deleted (a page may then leave the record's own address); never rejects,
   * so a list may call it as `void remove(record)`: a failure shows on `error`.
   */
  const remove = (record: T): Promise<boolean> =>
    deleteRecord.mutateAsync({ id: record.id }).then(
      () => {
        offerUndo({
          message: messages.deleted(record),
          undoneMessage: messages.restored(record),
          undo: () => restoreRecord.mutateAsync({ id: record.id }),
        });
        return true;
      },
      // The failure is on `error`, which the page shows as one sentence.
      () => false,
    );
  return { remove, isPending: deleteRecord.isPending, error: deleteRecord.error };
}
