import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { appMenuTemplate, type MenuActions } from '../../../electron/main/desktop/menu-template';

const clicked: string[] = [];
const actions: MenuActions = {
  openFile: () => clicked.push('open'),
  openRecent: (path) => clicked.push(`recent ${path}`),
  clearRecent: () => clicked.push('clear'),
  about: () => clicked.push('about'),
  openDataFolder: () => clicked.push('data'),
  reportProblem: () => clicked.push('report'),
  keyboardShortcuts: () => clicked.push('shortcuts'),
};

type Item = MenuItemConstructorOptions;
const submenu = (item: Item) => (item.submenu ?? []) as Item[];
const roles = (items: Item[]) => items.map((item) => item.role ?? item.label ?? item.type);
const find = (items: Item[], label: string) =>
  items.find((item) => item.label === label || item.role === label)!;

function menu(platform: NodeJS.Platform, recent: string[] = [], isPackaged = true) {
  return appMenuTemplate({
    platform,
    appName: 'CTO Mentor Portfolio',
    recent,
    isPackaged,
    actions,
  });
}

describe('the application menu', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('has the standard roles on %s', (platform) => {
    const top = menu(platform);
    const edit = submenu(find(top, '&Edit'));
    expect(roles(edit)).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'selectAll']);
    const view = roles(submenu(find(top, '&View')));
    expect(view).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen']);
    expect(find(top, 'window')).toBeDefined();
    const help = submenu(find(top, 'help')).map((item) => item.label);
    expect(help).toContain('Keyboard Shortcuts');
    expect(help).toContain('Open Data Folder');
    expect(help).toContain('Report a Problem…');
  });

  it('puts About in the app menu on macOS and in Help elsewhere', () => {
    const mac = menu('darwin');
    expect(mac[0]!.label).toBe('CTO Mentor Portfolio');
    expect(roles(submenu(mac[0]!))).toContain('quit');
    expect(submenu(find(mac, 'help')).map((i) => i.label)).not.toContain(
      'About CTO Mentor Portfolio',
    );
    const windows = menu('win32');
    expect(windows[0]!.label).toBe('&File');
    expect(submenu(find(windows, 'help'))[0]!.label).toBe('About CTO Mentor Portfolio');
  });

  it('offers reload and DevTools only in development', () => {
    expect(roles(submenu(find(menu('linux', [], false), '&View')))).toContain('toggleDevTools');
    expect(roles(submenu(find(menu('linux', [], true), '&View')))).not.toContain('toggleDevTools');
  });

  it('lists recent files by name, opens the one chosen, and can clear them', () => {
    const file = submenu(
      find(menu('linux', ['/home/jo/a.ctoportfolio', '/home/jo/b.ctoreview']), '&File'),
    );
    expect(find(file, 'Open Bundle or Review…').accelerator).toBe('CmdOrCtrl+O');
    const recent = submenu(find(file, 'Open Recent'));
    expect(recent.map((i) => i.label ?? i.type)).toEqual([
      'a.ctoportfolio',
      'b.ctoreview',
      'separator',
      'Clear Recent',
    ]);
    clicked.length = 0;
    (recent[1]!.click as () => void)();
    (recent[3]!.click as () => void)();
    expect(clicked).toEqual(['recent /home/jo/b.ctoreview', 'clear']);
    const none = submenu(find(submenu(find(menu('linux'), '&File')), 'Open Recent'));
    expect(none).toEqual([{ label: 'No recent files', enabled: false }]);
  });
});
