#!/usr/bin/env node
// The installed command: runs the compiled CLI (npm run build produces dist/).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv);
