/**
 * The layering of src/, checked by `npm run deps` (part of `npm run check`). Each rule is one
 * "never"; its comment says what to do instead. docs/ARCHITECTURE.md draws the same map.
 *
 *   app.tsx, services.ts, server.ts, main.ts   the composition root: may import anything
 *   modules/<noun>/   features; import shell/, views/, http/, db/, lib/, storage/, jobs/ and
 *                     (sparingly, never in a cycle) each other
 *   shell/            the page shell: layouts, chrome, render helpers, sidebar registry
 *   views/            shared view primitives
 *   http/             web plumbing (errors, env, guards, origin, assets)
 *   db/               connection, schema types, migrations
 *   lib/              framework-free helpers
 *
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'views-not-to-features',
      comment:
        'src/views/ holds shared view primitives and never imports a feature module or the shell. ' +
        'Move the feature-specific view into modules/<noun>/views/, or pass the data in as props ' +
        'typed in views/ (or lib/).',
      severity: 'error',
      from: { path: '^src/views/' },
      to: { path: '^src/(modules|shell)/|^src/[^/]+$' },
    },
    {
      name: 'http-not-to-features',
      comment:
        'src/http/ is web plumbing (errors, env, guards, origin, assets) and never imports a ' +
        'feature module, the shell or the composition root. Move a type it needs into http/ (or ' +
        'lib/) and let the module import it from there; page rendering belongs in src/shell/.',
      severity: 'error',
      from: { path: '^src/http/' },
      to: { path: '^src/(modules|shell|views)/|^src/[^/]+$' },
    },
    {
      name: 'db-is-a-leaf',
      comment:
        'src/db/ (connection, schema types, migrations) imports nothing of the app but lib/. ' +
        'Table types live in db/tables/; application work around migrations goes in as a hook ' +
        '(migrateToLatest(db, hooks)); scripts that fill the database live outside (src/seed/).',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^src/', pathNot: '^src/(db|lib)/' },
    },
    {
      name: 'lib-is-framework-free',
      comment:
        'src/lib/ holds framework-free helpers and imports nothing else of the app. If a helper ' +
        'needs the database, a module or the web framework, it belongs in that part instead.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/', pathNot: '^src/lib/' },
    },
    {
      name: 'shell-not-to-features',
      comment:
        'src/shell/ (layouts, chrome, render helpers) never imports a feature module. A feature ' +
        'contributes to the page through the shell registry (shell/registry.ts), which the ' +
        'composition root (src/services.ts) fills; chrome data comes in through ShellSources.',
      severity: 'error',
      from: { path: '^src/shell/' },
      to: { path: '^src/modules/|^src/[^/]+$' },
    },
    {
      name: 'no-root-imports',
      comment:
        'Only the entry points import the composition root (app.tsx, services.ts, server.ts). ' +
        'A module that needs a dependency takes it as a parameter typed by what it uses.',
      severity: 'error',
      from: { path: '^src/.+/' },
      to: { path: '^src/[^/]+$' },
    },
    {
      name: 'no-folder-cycles',
      comment:
        'Two folders never import each other, directly or through others: it would make them ' +
        'one part. Move the shared piece down (to views/, http/, lib/ or the module that owns it) ' +
        'or pass it in from the composition root.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/', pathNot: '^src/modules/' },
      to: { circular: true },
    },
    {
      name: 'no-module-cycles',
      comment:
        'Feature modules never import each other in a cycle. Known today (a warning until they ' +
        'are gone): account <-> auth, account <-> audit, account <-> site (the roles policy and ' +
        'the audit types). Move the shared type or policy into its ' +
        'own place that imports neither, or pass the function in from src/services.ts.',
      severity: 'warn',
      scope: 'folder',
      from: { path: '^src/modules/' },
      to: { circular: true },
    },
    {
      name: 'no-circular',
      comment:
        'No file imports itself through others. Move what both need into a third file that ' +
        'neither imports back.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-hono-below-routes',
      comment:
        'Services, repositories and lib never import the web framework (also an ESLint rule): ' +
        'take plain values and return plain values; the routes speak HTTP.',
      severity: 'error',
      from: { path: '(\\.service|\\.repository)\\.ts$|^src/lib/' },
      to: { path: '^node_modules/(hono|@hono)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$|^src/client/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
