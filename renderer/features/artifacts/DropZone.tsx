import { newItemShortcut } from '../../components/NewItemKey';
import { useEffect, useId, useRef, useState } from 'react';
import { artifactStrings } from './strings';

export interface DropZoneProps {
  onFiles: (files: File[]) => void;
}

/**
 * Where files are added: the whole area takes dropped files, and inside it is the native file
 * input (visually replaced, still focusable), so keyboard and screen-reader users reach the
 * system's file dialog with Tab and Enter, as everyone does with a click.
 */
export function DropZone({ onFiles }: DropZoneProps) {
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const text = artifactStrings;

  const zoneRef = useRef<HTMLDivElement>(null);
  const onFilesRef = useRef(onFiles);
  useEffect(() => {
    onFilesRef.current = onFiles;
  }, [onFiles]);

  // Dropping is a pointer gesture with a keyboard twin (the input), so the zone itself is no
  // control: its drag listeners are attached directly.
  useEffect(() => {
    const zone = zoneRef.current;
    if (!zone) return;
    const onDragOver = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const onDragLeave = () => setDragging(false);
    const onDrop = (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      const dropped = [...(event.dataTransfer?.files ?? [])];
      if (dropped.length > 0) onFilesRef.current(dropped);
    };
    zone.addEventListener('dragenter', onDragOver);
    zone.addEventListener('dragover', onDragOver);
    zone.addEventListener('dragleave', onDragLeave);
    zone.addEventListener('drop', onDrop);
    return () => {
      zone.removeEventListener('dragenter', onDragOver);
      zone.removeEventListener('dragover', onDragOver);
      zone.removeEventListener('dragleave', onDragLeave);
      zone.removeEventListener('drop', onDrop);
    };
  }, []);

  return (
    <div ref={zoneRef} className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}>
      <input
        id={`${id}-input`}
        className="drop-zone-input"
        type="file"
        multiple
        {...newItemShortcut}
        aria-describedby={`${id}-help`}
        onChange={(event) => {
          const chosen = [...(event.target.files ?? [])];
          // Clear it, so choosing the same file again still adds it (the core stores it once).
          event.target.value = '';
          if (chosen.length > 0) onFiles(chosen);
        }}
      />
      <label htmlFor={`${id}-input`} className="drop-zone-label">
        {dragging ? text.dropHere : text.dropZone}
      </label>
      <p id={`${id}-help`} className="field-help">
        {text.dropZoneHelp}
      </p>
    </div>
  );
}
