import type { ReviewedPortfolio } from '@shared/bundle/reviewed-portfolio';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ModalDialog } from '../../components/ModalDialog';
import { useRemoveReviewed } from '../../data/use-reviewed';
import { strings } from '../../strings';
import { reviewedStrings } from './strings';
import { reviewedName } from './reviewed-name';

export interface RemoveReviewedDialogProps {
  portfolio: ReviewedPortfolio;
  onRemoved: () => void;
  onCancel: () => void;
}

/** "Remove Jordan's portfolio?": removing cannot be undone here, so it is confirmed first. */
export function RemoveReviewedDialog({
  portfolio,
  onRemoved,
  onCancel,
}: RemoveReviewedDialogProps) {
  const remove = useRemoveReviewed();
  const text = reviewedStrings;
  return (
    <ModalDialog
      open
      title={text.removeTitle(reviewedName(portfolio))}
      onClose={remove.isPending ? null : onCancel}
    >
      <p>{text.removeText}</p>
      <ErrorAlert error={remove.error} />
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary button-danger"
          disabled={remove.isPending}
          onClick={() => remove.mutate(portfolio.origin.portfolioId, { onSuccess: onRemoved })}
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
