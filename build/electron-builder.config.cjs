// electron-builder configuration (`npm run dist`). The app archive holds the built app and the
// runtime `dependencies` only; electron-builder adds those from node_modules itself.
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
  // Double-clicking a bundle or a review opens it in the app (main.ts receives the path).
  fileAssociations: [
    {
      ext: 'ctoportfolio',
      name: 'CTO Portfolio Bundle',
      description: 'A candidate portfolio exported from CTO Mentor Portfolio',
      mimeType: 'application/x-ctoportfolio',
      role: 'Viewer',
      rank: 'Owner',
    },
    {
      ext: 'ctoreview',
      name: 'CTO Mentor Review',
      description: 'A mentor review of a portfolio, to import into CTO Mentor Portfolio',
      mimeType: 'application/x-ctoreview',
      role: 'Viewer',
      rank: 'Owner',
    },
  ],
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Education',
    synopsis: 'Offline portfolio for the K-12 CTO Mentor Program',
  },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.education' },
};
