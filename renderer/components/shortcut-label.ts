/** Apple keyboards say ⌘ where others say Ctrl; tiptap's `Mod-` means the same key. */
export function isApplePlatform(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/** "Ctrl" or "⌘", for labels that name a shortcut. */
export function modifierKeyLabel(): string {
  return isApplePlatform() ? '⌘' : 'Ctrl';
}

/** Whether the platform's command modifier (Ctrl, or ⌘ on a Mac) is held. */
export function hasCommandModifier(event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey'>): boolean {
  return isApplePlatform() ? event.metaKey : event.ctrlKey;
}

/** How a "G then letter" shortcut is written beside its page: "G A" (G, then A). */
export function goToKeysLabel(letter: string): string {
  return `G ${letter.toUpperCase()}`;
}
