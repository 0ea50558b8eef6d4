import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../electron/core/data-dir';

describe('defaultDataDir', () => {
  it('uses ~/.config on Linux, like Electron', () => {
    expect(defaultDataDir({ platform: 'linux', env: {}, homedir: '/home/jordan' })).toBe(
      '/home/jordan/.config/CTO Mentor Portfolio',
    );
  });

  it('follows XDG_CONFIG_HOME on Linux when it is set', () => {
    expect(
      defaultDataDir({
        platform: 'linux',
        env: { XDG_CONFIG_HOME: '/data/config' },
        homedir: '/home/jordan',
      }),
    ).toBe('/data/config/CTO Mentor Portfolio');
  });

  it('ignores an empty XDG_CONFIG_HOME', () => {
    expect(
      defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '' }, homedir: '/home/jordan' }),
    ).toBe('/home/jordan/.config/CTO Mentor Portfolio');
  });

  it('uses Application Support on macOS', () => {
    expect(
      defaultDataDir({
        platform: 'darwin',
        env: { XDG_CONFIG_HOME: '/ignored' },
        homedir: '/Users/jordan',
      }),
    ).toBe('/Users/jordan/Library/Application Support/CTO Mentor Portfolio');
  });

  it('uses %APPDATA% on Windows, with backslashes', () => {
    expect(
      defaultDataDir({
        platform: 'win32',
        env: { APPDATA: 'C:\\Users\\jordan\\AppData\\Roaming' },
        homedir: 'C:\\Users\\jordan',
      }),
    ).toBe('C:\\Users\\jordan\\AppData\\Roaming\\CTO Mentor Portfolio');
  });

  it('falls back to AppData\\Roaming under the home folder when APPDATA is missing', () => {
    expect(defaultDataDir({ platform: 'win32', env: {}, homedir: 'C:\\Users\\jordan' })).toBe(
      'C:\\Users\\jordan\\AppData\\Roaming\\CTO Mentor Portfolio',
    );
  });

  it.each(['linux', 'darwin', 'win32'] as const)(
    'lets CTO_PORTFOLIO_DATA choose the folder on %s',
    (platform) => {
      expect(
        defaultDataDir({
          platform,
          env: { CTO_PORTFOLIO_DATA: '/srv/portfolios/jordan', APPDATA: 'C:\\x' },
          homedir: '/home/jordan',
        }),
      ).toBe('/srv/portfolios/jordan');
    },
  );

  it('ignores a blank CTO_PORTFOLIO_DATA', () => {
    expect(
      defaultDataDir({ platform: 'linux', env: { CTO_PORTFOLIO_DATA: '  ' }, homedir: '/home/j' }),
    ).toBe('/home/j/.config/CTO Mentor Portfolio');
  });
});
