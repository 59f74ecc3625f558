#!/usr/bin/env node
/**
 * The `plan-tracker` command: registers tsx (a runtime dependency) so the
 * TypeScript sources run as they are, then hands the arguments to src/cli/main.ts.
 */
"use strict";

const path = require("path");
const { register } = require("tsx/cjs/api");

register({ tsconfig: path.join(__dirname, "..", "tsconfig.json") });

const { main } = require("../src/cli/main.ts");

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`plan-tracker: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  },
);
