#!/usr/bin/env node
// The supplier-quality command line; see `supplier-quality --help` and docs/cli.md.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
