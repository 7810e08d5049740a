// npm run import -- <file...> [options]: turn text scrapes and news pages into
// article JSON. The work is in tools/importer/run-import-cli.ts; see docs/importer.md.
import { runImportCli } from '../tools/importer/run-import-cli.ts';

process.exitCode = await runImportCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
