#!/usr/bin/env node
// The npskit command. Everything lives in dist/main.js; this file only starts it.
import { main } from "../dist/main.js";

process.exitCode = await main(process.argv.slice(2));
