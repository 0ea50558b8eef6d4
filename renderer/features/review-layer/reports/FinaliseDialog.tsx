import { ModalDialog } from '../../../components/ModalDialog';
import { strings } from '../../../strings';
import { reviewLayerStrings } from '../strings';

export interface FinaliseDialogProps {
  open: boolean;
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

const text = reviewLayerStrings.reports;

/** Asks once before a report becomes final: after that it can be neither changed nor deleted. */
export function FinaliseDialog({ open, pending, onConfirm, onClose }: FinaliseDialogProps) {
  return (
    <ModalDialog open={open} title={text.finaliseTitle} onClose={pending ? null : onClose}>
      <p>{text.finaliseBody}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={pending}
          onClick={onConfirm}
        >
          {text.finaliseConfirm}
        </button>
        <button type="button" className="button button-quiet" disabled={pending} onClick={onClose}>
          {strings.cancel}
        </button>
      </div>
    </ModalDialog>
  );
}
