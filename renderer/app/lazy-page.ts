import { lazy, type ComponentType } from 'react';

/** Every split page's loader, so all of them can be loaded ahead of use (see preloadPages). */
const pageLoaders: (() => Promise<unknown>)[] = [];

/**
 * A page whose code loads when it is first opened, so the dashboard's first load does not parse
 * the other pages (above all the reflection editor's tiptap and ProseMirror). `name` is the
 * module's named export; React.lazy wants a default one. AppShell's Suspense shows the wait.
 */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  pageLoaders.push(load);
  return lazy(async () => ({ default: (await load())[name] }));
}

/** Loads the code of every split page now (tests do, so their waits time pages, not loading). */
export function preloadPages(): Promise<unknown> {
  return Promise.all(pageLoaders.map((load) => load()));
}
