import { useEffect, useRef } from 'react';
import { isImportFileName } from './bundle-file-name';

/**
 * A .ctoportfolio or .ctoreview file dropped anywhere on the window is imported. Drop zones of the page (the
 * artifacts' one) handle their drops first and mark them handled (preventDefault); those are left
 * alone. Other files dropped outside a zone are refused rather than opened by the browser in
 * place of the app.
 */
export function useWindowBundleDrop(onBundle: (file: File) => void, target: Window = window) {
  const onBundleRef = useRef(onBundle);
  useEffect(() => {
    onBundleRef.current = onBundle;
  }, [onBundle]);

  useEffect(() => {
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (event.defaultPrevented || !carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (event.defaultPrevented || !carriesFiles(event)) return;
      event.preventDefault();
      const bundle = [...(event.dataTransfer?.files ?? [])].find((file) =>
        isImportFileName(file.name),
      );
      if (bundle) onBundleRef.current(bundle);
    };
    target.addEventListener('dragover', onDragOver);
    target.addEventListener('drop', onDrop);
    return () => {
      target.removeEventListener('dragover', onDragOver);
      target.removeEventListener('drop', onDrop);
    };
  }, [target]);
}
