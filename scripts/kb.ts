/**
 * The knowledge-base command line: `npm run kb -- <command>`.
 *   check [--json]                      validate content/; exit 1 on any error
 *   build                               write the index the extension bundles
 *   search "<query>" [--limit N] [--json]
 *   new <type> <id>                     scaffold a valid entry
 */
import { runCli } from './kb-cli.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
});
