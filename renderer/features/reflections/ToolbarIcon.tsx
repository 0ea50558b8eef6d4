import type { ReactNode } from 'react';

/**
 * The toolbar's icons, drawn on a 20×20 grid with strokes in currentColor (so pressed and
 * disabled states and the high-contrast themes colour them). Icons, not text faces: a face such
 * as "H2" or "+R" would be visible text missing from the button's name "Heading 2 (Ctrl+Alt+2)",
 * which WCAG 2.5.3 (label in name) forbids. The button's aria-label is its only name.
 */
const ICONS = {
  paragraph: <path d="M10 16V4h6M13.5 4v12M10 4H8.5a3.5 3.5 0 0 0 0 7H10" />,
  'heading-2': <path d="M3 4v12M10 4v12M3 10h7M12.5 11a2 2 0 1 1 3.4 1.4L12.5 16H17" />,
  'heading-3': <path d="M3 4v12M10 4v12M3 10h7M12.5 9.5H17l-2.2 2.6a2 2 0 1 1-2.2 3.1" />,
  bold: <path d="M6 4h4.5a3 3 0 0 1 0 6H6zM6 10h5.5a3 3 0 0 1 0 6H6z" strokeWidth="2.2" />,
  italic: <path d="M9 4h6M5 16h6M12 4 8 16" />,
  underline: <path d="M6 3.5V9a4 4 0 0 0 8 0V3.5M5 17h10" />,
  strike: (
    <path d="M3.5 10h13M13.5 6c-.5-1.3-1.8-2-3.5-2-2 0-3.5 1-3.5 2.5M6.5 14c.5 1.3 1.8 2 3.5 2 2 0 3.5-1 3.5-2.5" />
  ),
  link: (
    <path d="m8.5 11.5 3-3M9 6.5l1.5-1.5a3 3 0 0 1 4.2 4.2L13.2 10.7M11 13.5l-1.5 1.5a3 3 0 0 1-4.2-4.2l1.5-1.5" />
  ),
  'bullet-list': (
    <>
      <path d="M8 5h9M8 10h9M8 15h9" />
      <circle cx="4" cy="5" r="1.2" fill="currentColor" stroke="none" />
      <circle cx="4" cy="10" r="1.2" fill="currentColor" stroke="none" />
      <circle cx="4" cy="15" r="1.2" fill="currentColor" stroke="none" />
    </>
  ),
  'ordered-list': <path d="M8 6h9M8 14h9M3 4h1.2v4M3 8h2.4M3 12.5a1.2 1.2 0 1 1 2 1L3 16h2.5" />,
  blockquote: (
    <path d="M4 10a4 4 0 0 1 3-4M4 10v4h3.5v-4H4M11 10a4 4 0 0 1 3-4M11 10v4h3.5v-4H11" />
  ),
  'insert-table': <path d="M3 4h14v12H3zM3 8h14M3 12h14M7.7 4v12M12.3 4v12" />,
  'add-row': <path d="M3 3h14v8H3zM3 7h14M10 3v8M10 13v5M7.5 15.5h5" />,
  'delete-row': <path d="M3 3h14v8H3zM3 7h14M10 3v8M7.5 15.5h5" />,
  'add-column': <path d="M3 3h8v14H3zM7 3v14M3 10h8M15.5 7.5v5M13 10h5" />,
  'delete-column': <path d="M3 3h8v14H3zM7 3v14M3 10h8M13 10h5" />,
  'delete-table': (
    <path d="M2.5 2.5h10v10h-10zM2.5 7.5h10M7.5 2.5v10M13.5 13.5l4 4M17.5 13.5l-4 4" />
  ),
  undo: <path d="M7 5 3 9l4 4M3 9h9a4 4 0 0 1 0 8H9" />,
  redo: <path d="m13 5 4 4-4 4M17 9H8a4 4 0 0 0 0 8h3" />,
} satisfies Record<string, ReactNode>;

export type ToolbarIconName = keyof typeof ICONS;

export interface ToolbarIconProps {
  name: ToolbarIconName;
}

/** One toolbar icon, hidden from assistive technology (the button carries the name). */
export function ToolbarIcon({ name }: ToolbarIconProps) {
  return (
    <svg
      className="editor-icon"
      viewBox="0 0 20 20"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {ICONS[name]}
    </svg>
  );
}
