// The architecture's boundaries, checked in CI (npm run boundaries) and proven by a test that
// runs this configuration on a fixture with a forbidden import (tests/integration/boundaries.test.ts).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'renderer-not-to-main-or-server',
      comment: 'The renderer reaches the machine only through HostApi; it never imports main/ or server/.',
      severity: 'error',
      from: { path: '(^|/)renderer/' },
      to: { path: '(^|/)(main|server)/' },
    },
    {
      name: 'renderer-no-electron-or-node',
      comment: 'The renderer runs unchanged in a plain browser.',
      severity: 'error',
      from: { path: '(^|/)renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'server-not-to-renderer-or-main',
      comment: 'The relay knows nothing of the UI or the desktop shell.',
      severity: 'error',
      from: { path: '(^|/)server/' },
      to: { path: '(^|/)(renderer|main)/' },
    },
    {
      name: 'main-not-to-renderer-or-server',
      comment: 'The desktop shell talks to the renderer over IPC only.',
      severity: 'error',
      from: { path: '(^|/)main/' },
      to: { path: '(^|/)(renderer|server)/' },
    },
    {
      name: 'shared-imports-nothing-of-the-others',
      comment: 'shared/ is used by every process: it imports none of main/, renderer/, server/.',
      severity: 'error',
      from: { path: '(^|/)shared/' },
      to: { path: '(^|/)(main|renderer|server)/' },
    },
    {
      name: 'shared-no-node-or-electron',
      comment: 'shared/ compiles without Node or Electron; platform capabilities come through ports.',
      severity: 'error',
      from: { path: '(^|/)shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-and-renderer-no-electron',
      severity: 'error',
      from: { path: '(^|/)(shared|renderer)/' },
      to: { path: '(^|/)node_modules/electron/' },
    },
    {
      name: 'app-not-to-tests',
      comment: 'Test and benchmark support (e.g. the benchmark-only null cipher) is unreachable from the app.',
      severity: 'error',
      from: { path: '^(main|renderer|shared|server)/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^tests/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.cts', '.js', '.mjs', '.cjs', '.d.ts'],
    },
  },
};
