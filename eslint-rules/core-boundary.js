/**
 * ESLint rule `local/core-boundary`: keeps the pure engine (src/core) free of
 * host dependencies. An import in a file under `root` is reported when
 *   - it is relative (or absolute) and resolves outside `root`, or
 *   - it names a Node built-in (`fs`, `node:path`, ...), or
 *   - it names any other package than those in `allow`.
 * Checks `import`/`export ... from`, `import x = require()`, `require()` and
 * `import()` with a literal argument, type-only imports included.
 *
 * Options: [{ root: "/abs/path/to/src/core", allow: ["zod"] }]
 */
"use strict";

const path = require("path");
const { builtinModules } = require("module");

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split("/")[0]]));

/** "@scope/pkg/sub" -> "@scope/pkg"; "pkg/sub" -> "pkg". */
function packageName(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

function isInside(root, target) {
  const rel = path.relative(root, target);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/** @type {import("eslint").Rule.RuleModule} */
module.exports = {
  meta: {
    type: "problem",
    docs: {
      description: "src/core may import only modules inside src/core and the allowed packages",
    },
    schema: [
      {
        type: "object",
        properties: {
          root: { type: "string" },
          allow: { type: "array", items: { type: "string" } },
        },
        required: ["root"],
        additionalProperties: false,
      },
    ],
    messages: {
      outside: "'{{source}}' resolves outside {{root}}: the core engine must not depend on other layers.",
      builtin: "'{{source}}' is a Node built-in: the core engine must run in any JavaScript host.",
      package: "'{{source}}' is not an allowed package for the core engine (allowed: {{allowed}}).",
    },
  },
  create(context) {
    const options = context.options[0] || {};
    const root = path.resolve(options.root);
    const allow = new Set(options.allow || []);
    const filename = context.filename;
    const dir = path.dirname(path.resolve(context.cwd, filename));
    const rootLabel = path.relative(context.cwd, root) || root;

    function check(node) {
      if (!node || node.type !== "Literal" || typeof node.value !== "string") return;
      const source = node.value;
      if (source.startsWith(".") || path.isAbsolute(source)) {
        if (!isInside(root, path.resolve(dir, source))) {
          context.report({ node, messageId: "outside", data: { source, root: rootLabel } });
        }
        return;
      }
      if (source.startsWith("node:") || BUILTINS.has(packageName(source))) {
        context.report({ node, messageId: "builtin", data: { source } });
        return;
      }
      if (!allow.has(packageName(source))) {
        context.report({
          node,
          messageId: "package",
          data: { source, allowed: [...allow].join(", ") || "none" },
        });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportEqualsDeclaration: (node) => {
        if (node.moduleReference && node.moduleReference.type === "TSExternalModuleReference") {
          check(node.moduleReference.expression);
        }
      },
      TSImportType: (node) => {
        // `import("x").T` in a type position; the argument shape differs between parser versions.
        const arg = node.argument && node.argument.type === "TSLiteralType" ? node.argument.literal : node.argument;
        check(arg);
      },
      CallExpression: (node) => {
        if (node.callee.type === "Identifier" && node.callee.name === "require" && node.arguments.length > 0) {
          check(node.arguments[0]);
        }
      },
    };
  },
};
