import { ErrorAlert } from '../../components/ErrorAlert';
import { ModalDialog } from '../../components/ModalDialog';
import { useRemoveReviewed } from '../../data/use-reviewed';
import { strings } from '../../strings';
import { candidatesStrings as text } from './strings';

export interface RemoveCandidateDialogProps {
  portfolioId: string;
  name: string;
  onRemoved: () => void;
  onCancel: () => void;
}

/** "Remove Jordan's portfolio?": removing cannot be undone here, so it is confirmed first. */
export function RemoveCandidateDialog({
  portfolioId,
  name,
  onRemoved,
  onCancel,
}: RemoveCandidateDialogProps) {
  const remove = useRemoveReviewed();
  return (
    <ModalDialog open title={text.removeTitle(name)} onClose={remove.isPending ? null : onCancel}>
      <p>{text.removeText}</p>
      <ErrorAlert error={remove.error} />
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary button-danger"
          disabled={remove.isPending}
          onClick={() => remove.mutate(portfolioId, { onSuccess: onRemoved })}
        >
          {text.confirmRemove}
        </button>
        <button type="button" className="button" disabled={remove.isPending} onClick={onCancel}>
          {strings.cancel}
        </button>
      </div>
    </ModalDialog>
  );
}
