import { NewItemKeyHint, newItemShortcut } from '../../components/NewItemKey';
import { useRef } from 'react';
import { bundleImportStrings } from './strings';
import { IMPORT_ACCEPT } from './bundle-file-name';
import { useBundleImport } from './bundle-import-context';

export interface ImportBundleButtonProps {
  label?: string;
  className?: string;
  /** The page's new-item control: N presses it (a reviewer's My candidates). */
  newItem?: boolean;
}

/**
 * Opens the system's file dialog for a .ctoportfolio (or .ctoreview) file. The file input itself is hidden (a
 * button reads better than "Choose file"); the button is the control people reach with Tab.
 */
export function ImportBundleButton({
  label = bundleImportStrings.chooseBundle,
  className = 'button',
  newItem = false,
}: ImportBundleButtonProps) {
  const { importFile } = useBundleImport();
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => inputRef.current?.click()}
        {...(newItem ? newItemShortcut : {})}
      >
        {label}
        {newItem ? (
          <>
            {' '}
            <NewItemKeyHint />
          </>
        ) : null}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept={IMPORT_ACCEPT}
        hidden
        aria-label={bundleImportStrings.fileInput}
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          // Cleared, so choosing the same file again (after a Cancel) still starts an import.
          event.target.value = '';
          if (chosen) importFile(chosen);
        }}
      />
    </>
  );
}
