import { useEffect, useId, useRef } from 'react';
import { isSafeHref } from '@shared/rich-text/safe-href';
import { useEscapeKey } from '../../components/use-escape-key';
import type { Validated } from '../../forms/field-errors';
import { useValidatedForm } from '../../forms/use-validated-form';
import { strings } from '../../strings';
import { editorStrings } from './strings';

export interface LinkFormProps {
  /** The link under the cursor, if any, to edit or remove. */
  initialHref: string;
  onApply: (href: string) => void;
  onRemove: () => void;
  onCancel: () => void;
}

/** Only http, https and mailto addresses pass (the same rule the core applies). */
function validateHref({ href }: { href: string }): Validated<string> {
  const address = href.trim();
  return isSafeHref(address)
    ? { ok: true, value: address }
    : { ok: false, errors: { href: editorStrings.linkInvalid } };
}

/**
 * A small, non-modal form under the toolbar for the link address. Only http, https and mailto
 * addresses are accepted (the same rule the core applies). Escape cancels.
 */
export function LinkForm({ initialHref, onApply, onRemove, onCancel }: LinkFormProps) {
  const { values, setField, errors, submit } = useValidatedForm({
    initialValues: { href: initialHref },
    validate: validateHref,
    onValid: onApply,
    clearErrorOnEdit: true,
  });
  const error = errors.href;
  const inputRef = useRef<HTMLInputElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  useEscapeKey(containerRef, onCancel);
  const id = useId();
  const text = editorStrings;

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  return (
    <div
      ref={containerRef}
      role="dialog"
      aria-labelledby={`${id}-title`}
      className="link-form card"
    >
      <form noValidate onSubmit={submit}>
        <h2 id={`${id}-title`} className="visually-hidden">
          {text.linkDialogTitle}
        </h2>
        <div className="field">
          <label htmlFor={`${id}-href`}>{text.linkAddress}</label>
          <input
            ref={inputRef}
            id={`${id}-href`}
            type="url"
            value={values.href}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-help ${id}-error` : `${id}-help`}
            onChange={(event) => setField('href')(event.target.value)}
          />
          <p id={`${id}-help`} className="field-help">
            {text.linkHelp}
          </p>
          {error ? (
            <p id={`${id}-error`} className="field-error">
              {error}
            </p>
          ) : null}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {text.linkApply}
          </button>
          {initialHref ? (
            <button type="button" className="button" onClick={onRemove}>
              {text.linkRemove}
            </button>
          ) : null}
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {strings.cancel}
          </button>
        </div>
      </form>
    </div>
  );
}
