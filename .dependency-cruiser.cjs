// The architecture's boundaries, checked in CI (npm run boundaries) and proven by a test that
// runs this configuration on a fixture tree that breaks every rule once
// (tests/fixtures/boundary-violation, tests/integration/boundaries.test.ts).

/**
 * The renderer's folders, top to bottom. A folder imports only folders below it (and shared/),
 * never one above it nor one beside it, so the arrows run one way and a newcomer can read the
 * UI from the top: app/ picks a screen, a screen composes parts, parts use editors and the
 * case wiring, and everything reads the open case through workspace/.
 */
const RENDERER_LAYERS = [
  ['app'], // the shell: skip link, header, language; shows the start screen or the open case
  ['startScreen', 'caseScreen'], // the two screens (main.tsx and app/ sit above them)
  ['parts'], // the case's parts (Overzicht … Overleggen) and the annotation layer over them
  ['editors', 'session'], // fields and rich text; the case wiring (SyncClient, profile, joining)
  ['export'], // building and logging exports
  ['i18n'], // the translate hook (reads the language from the store)
  ['store'], // zustand UI and session state
  ['workspace'], // the open case as parts see it: context, presence, undo, part ids
  ['host', 'ui', 'storage', 'styles'], // the host and its React context, shared UI pieces, the IndexedDB case store, CSS
];

/** One rule per layer: its folders may not import a folder of the same layer or one above. */
const rendererLayerRules = RENDERER_LAYERS.slice(1).map((layer, index) => {
  const aboveOrBeside = RENDERER_LAYERS.slice(0, index + 2).flat();
  return {
    name: `renderer-layers-${layer.join('-')}`,
    comment: `renderer/${layer.join('/, renderer/')}/ import only folders below them (RENDERER_LAYERS).`,
    severity: 'error',
    from: { path: `(?:^|/)renderer/(${layer.join('|')})/` },
    // A stylesheet is imported where it is used, from any layer; it imports nothing itself.
    to: { path: `(?:^|/)renderer/(?:${aboveOrBeside.join('|')})/`, pathNot: ['(?:^|/)renderer/$1/', '\\.css$'] },
  };
});

/** A new folder under renderer/ gets a place in RENDERER_LAYERS before it may import anything. */
const rendererFolderWithoutLayer = {
  name: 'renderer-folder-without-layer',
  comment: 'Every folder of renderer/ has a layer in RENDERER_LAYERS (.dependency-cruiser.cjs); add the new one there.',
  severity: 'error',
  from: { path: `(?:^|/)renderer/(?!(?:${RENDERER_LAYERS.flat().join('|')})/)[^/]+/` },
  to: {},
};

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...rendererLayerRules,
    rendererFolderWithoutLayer,
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
      from: { path: '(^|/)(main|renderer|shared|server)/', pathNot: '\\.test\\.tsx?$' },
      // tests/ but not the fixture tree itself, which lives under tests/fixtures/ and breaks this rule once.
      to: { path: '(^|/)tests/(?!fixtures/)' },
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
    // node_modules is not followed but stays visible, so rules about packages (electron) can fire.
    exclude: { path: '(^|/)dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.cts', '.js', '.mjs', '.cjs', '.d.ts'],
    },
  },
};
