import { useEffect, useState } from 'react';
import { formatSize } from '@shared/format/format-size';
import { strings } from '../../strings';
import { artifactStrings } from './strings';

export interface TextPreviewProps {
  url: string;
  label: string;
  size: number;
}

/** Enough text to recognise a file; the rest is one Download away. */
export const TEXT_PREVIEW_BYTES = 256 * 1024;

type Loaded = { status: 'loading' } | { status: 'failed' } | { status: 'ok'; text: string };

/**
 * A text file's start in a <pre>, fetched from the app's own origin with a Range request, so a
 * huge log file is never read whole. Shown as text (never as HTML), so nothing in it can run.
 */
export function TextPreview({ url, label, size }: TextPreviewProps) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    fetch(url, {
      headers: { Range: `bytes=0-${TEXT_PREVIEW_BYTES - 1}` },
      signal: controller.signal,
    })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const bytes = new Uint8Array(await response.arrayBuffer()).slice(0, TEXT_PREVIEW_BYTES);
        setLoaded({ status: 'ok', text: new TextDecoder().decode(bytes) });
      })
      .catch(() => {
        if (!controller.signal.aborted) setLoaded({ status: 'failed' });
      });
    return () => controller.abort();
  }, [url]);

  if (loaded.status === 'loading') return <p className="muted">{strings.loading}</p>;
  if (loaded.status === 'failed') return <p role="alert">{artifactStrings.textFailed}</p>;
  return (
    <>
      {/* Focusable, so a keyboard user can scroll a long text. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <pre className="text-preview" tabIndex={0} aria-label={label}>
        {loaded.text}
      </pre>
      {size > TEXT_PREVIEW_BYTES ? (
        <p className="muted">{artifactStrings.textTooLarge(formatSize(TEXT_PREVIEW_BYTES))}</p>
      ) : null}
    </>
  );
}
