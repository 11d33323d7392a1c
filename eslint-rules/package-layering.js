// Dependencies between Cairn's packages point one way (ARCHITECTURE.md, "Layout").
// This rule reads every import and fails when a package reaches for one it may not use,
// naming the packages it is allowed to import so the fix is obvious.
import path from 'node:path';

/** Which @cairn packages each workspace may import. */
export const ALLOWED_IMPORTS = {
  core: [],
  minidump: [],
  collector: ['core'],
  processor: ['core', 'minidump'],
  api: ['core'],
  cli: ['core', 'minidump', 'collector', 'processor', 'api'],
  frontend: [],
};

const PACKAGES = Object.keys(ALLOWED_IMPORTS);

function packageOfFile(filename, cwd) {
  const relative = path.relative(cwd, filename).split(path.sep);
  return PACKAGES.includes(relative[0]) ? relative[0] : undefined;
}

function isTestFile(filename, cwd) {
  return path.relative(cwd, filename).split(path.sep)[1] === 'test';
}

/** @type {import('eslint').Rule.RuleModule} */
export const packageLayering = {
  meta: {
    type: 'problem',
    docs: { description: 'Cairn packages import only the packages below them' },
    schema: [],
    messages: {
      forbidden: '{{from}} may not import {{to}}. {{from}} may import: {{allowed}}.',
      escapes:
        'Import other packages through their name (@cairn/<package>), not a relative path out of {{from}}.',
    },
  },
  create(context) {
    const from = packageOfFile(context.filename, context.cwd);
    if (!from) return {};
    const allowed = ALLOWED_IMPORTS[from];
    function check(node, source) {
      if (typeof source !== 'string') return;
      const named = /^@cairn\/([a-z-]+)/.exec(source);
      if (named) {
        const to = named[1];
        if (to !== from && !allowed.includes(to)) {
          context.report({
            node,
            messageId: 'forbidden',
            data: {
              from,
              to,
              allowed: allowed.length ? allowed.join(', ') : 'no other Cairn package',
            },
          });
        }
        return;
      }
      if (source.startsWith('.')) {
        const target = path.resolve(path.dirname(context.filename), source);
        // Package tests may use the repository's shared test support (test/services.ts…).
        const isSharedTestSupport =
          isTestFile(context.filename, context.cwd) &&
          path.relative(context.cwd, target).split(path.sep)[0] === 'test';
        if (packageOfFile(target, context.cwd) !== from && !isSharedTestSupport) {
          context.report({ node, messageId: 'escapes', data: { from } });
        }
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
