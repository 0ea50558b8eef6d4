// electron-builder configuration (`npm run dist`): installers for Windows (NSIS), macOS (dmg and
// zip) and Linux (AppImage and deb). Built on a machine that can download Electron (README).
//
// The app archive (asar) holds the built app (dist/) and the runtime `dependencies` only;
// electron-builder adds those from node_modules itself and leaves devDependencies out.
// test/unit/packaging/ builds the unpacked app and checks what the archive holds.

/** Electron fuses, flipped in the app's binary at packaging (https://www.electronjs.org/docs/latest/tutorial/fuses). */
const electronFuses = {
  // The binary cannot be started as a plain Node.js (ELECTRON_RUN_AS_NODE) to run other code.
  runAsNode: false,
  // Chromium's cookie store is encrypted with the OS keychain (the app sets no cookies itself).
  enableCookieEncryption: true,
  // NODE_OPTIONS and NODE_EXTRA_CA_CERTS cannot inject code or certificates into the main process.
  enableNodeOptionsEnvironmentVariable: false,
  // --inspect and friends (and SIGUSR1) cannot attach a debugger to the main process.
  enableNodeCliInspectArguments: false,
  // app.asar is checked against the hash embedded at packaging (macOS and Windows).
  enableEmbeddedAsarIntegrityValidation: true,
  // Only app.asar is loaded: no loose `app/` folder placed beside it can replace the app.
  onlyLoadAppFromAsar: true,
  // The app is served over app://, never file://, so file:// gets no extra privileges.
  grantFileProtocolExtraPrivileges: false,
};

/** Double-clicking a bundle or a review opens it in the app (main.ts receives the path). */
const fileAssociations = [
  {
    ext: 'ctoportfolio',
    name: 'CTO Portfolio Bundle',
    description: 'A candidate portfolio exported from CTO Mentor Portfolio',
    mimeType: 'application/x-ctoportfolio',
    // build/ctoportfolio.icns (macOS) and build/ctoportfolio.ico (Windows), from build/icons/.
    icon: 'ctoportfolio',
    role: 'Viewer',
    rank: 'Owner',
  },
  {
    ext: 'ctoreview',
    name: 'CTO Mentor Review',
    description: 'A mentor review of a portfolio, to import into CTO Mentor Portfolio',
    mimeType: 'application/x-ctoreview',
    icon: 'ctoreview',
    role: 'Viewer',
    rank: 'Owner',
  },
];

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.ctomentor.portfolio',
  productName: 'CTO Mentor Portfolio',
  copyright: 'CTO Mentor Portfolio',
  directories: { output: 'release', buildResources: 'build' },
  files: ['dist/**', 'package.json', '!**/*.map'],
  asar: true,
  // No native modules: nothing to rebuild against Electron's Node.
  npmRebuild: false,
  // A local build never publishes anywhere.
  publish: null,
  electronFuses,
  fileAssociations,
  linux: {
    target: ['AppImage', 'deb'],
    // Every size, drawn from build/icons/app.svg by `npm run icons`.
    icon: 'build/icons',
    category: 'Education',
    synopsis: 'Offline portfolio for the K-12 CTO Mentor Program',
    maintainer: 'CTO Mentor Portfolio',
  },
  win: { target: ['nsis'], icon: 'build/icon.ico' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: {
    target: ['dmg', 'zip'],
    icon: 'build/icon.icns',
    category: 'public.app-category.education',
  },
};
