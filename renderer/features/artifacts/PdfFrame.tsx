import { useEffect, useRef, useState } from 'react';

export interface PdfFrameProps {
  url: string;
  title: string;
}

/**
 * The PDF's frame, ringed while the keyboard focus is inside it. Chromium's PDF viewer takes the
 * focus into a document of its own, where the frame matches neither :focus nor :focus-within;
 * the page only sees its window lose the focus to the frame, so the ring is set from that.
 */
export function PdfFrame({ url, title }: PdfFrameProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    // Read after the blur: by then the page's active element is the frame the focus went into.
    const onBlur = () => setTimeout(() => setFocused(document.activeElement === frame.current));
    const onFocus = () => setFocused(false);
    window.addEventListener('blur', onBlur);
    window.addEventListener('focus', onFocus);
    return () => {
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('focus', onFocus);
    };
  }, []);
  return (
    <iframe
      ref={frame}
      className={focused ? 'pdf-preview pdf-preview-focused' : 'pdf-preview'}
      src={url}
      title={title}
    />
  );
}
