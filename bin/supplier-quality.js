#!/usr/bin/env node
// The supplier-quality command line; see `supplier-quality --help` and docs/cli.md.
// It runs the built dist/cli.js: an installed package ships it, and in a clone `npm install` builds it
// (the `prepare` script); a clone whose build is missing says so instead of printing a stack trace.
let cli;
try {
  cli = await import('../dist/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !/Cannot find module .*dist[\\/]cli\.js/.test(String(error.message))) throw error;
  process.stderr.write('supplier-quality: the command line is not built (dist/cli.js is missing); run "npm run build" in the package folder.\n');
  process.exit(70);
}
process.exitCode = await cli.main(process.argv.slice(2));
