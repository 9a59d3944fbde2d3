// npm run bench:test [-- --stress]: run `npm test` phase by phase and print how long each took.
//
// The phases are read from package.json's "test" script (commands joined by &&), so this always times
// what `npm test` runs. For each phase: wall time, and CPU time (user + system, of the phase and every
// process it started), which holds still when other work shares the machine. --stress runs the whole
// suite while `stress --cpu 2` keeps two cores busy, and stops stress afterwards.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const stressed = process.argv.includes('--stress');

/** `npm test`'s commands, each with a short name ("check" for `npm run check`). */
const phases = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  .scripts.test.split('&&')
  .map((command) => command.trim())
  .map((command) => ({
    command,
    name:
      command.match(/^npm run (\S+)/)?.[1] ??
      command
        .split(' ')
        .at(-1)
        .replace(/^.*\//, '')
        .replace(/\.m?js$/, ''),
  }));

/** CPU seconds used so far by this process's finished children (Linux /proc; undefined elsewhere). */
function childrenCpuSeconds() {
  try {
    // Fields after the ")" that closes the command name: cutime and cstime are the 14th and 15th.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(')').at(-1).trim().split(' ');
    const ticksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
    return (Number(fields[13]) + Number(fields[14])) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

/** Start `stress --cpu 2` in its own process group; returns a function that stops it. */
function startStress() {
  const stress = spawn('stress', ['--cpu', '2'], { detached: true, stdio: 'ignore' });
  stress.on('error', (error) => {
    console.error(`Could not start stress (Debian: apt-get install stress): ${error.message}`);
    process.exit(1);
  });
  const stop = () => {
    try {
      process.kill(-stress.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.on('exit', stop);
  process.on('SIGINT', () => process.exit(130));
  return stop;
}

const stopStress = stressed ? startStress() : undefined;
console.log(`Timing npm test${stressed ? ' under stress --cpu 2' : ''}, one phase at a time.\n`);
console.log('| phase | wall s | CPU s |\n| --- | --- | --- |');

const seconds = (n) => (n === undefined ? 'n/a' : n.toFixed(1));
let wallTotal = 0;
let cpuTotal = 0;
let failed;
for (const { command, name } of phases) {
  const log = join(tmpdir(), `npm-test-${name.replace(/[^\w-]/g, '_')}.log`);
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  const run = spawnSync('sh', ['-c', command], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wall = (performance.now() - started) / 1000;
  const cpu = cpuBefore === undefined ? undefined : childrenCpuSeconds() - cpuBefore;
  writeFileSync(log, `${run.stdout}\n${run.stderr}`);
  wallTotal += wall;
  cpuTotal += cpu ?? 0;
  console.log(`| ${name} | ${seconds(wall)} | ${seconds(cpu)} |`);
  if (run.status !== 0) {
    failed = { name, log, output: `${run.stdout}\n${run.stderr}` };
    break;
  }
}
console.log(`| **npm test** | **${seconds(wallTotal)}** | **${seconds(cpuTotal)}** |`);
stopStress?.();

if (failed) {
  console.error(`\n${failed.name} failed; its output is in ${failed.log}. Its end:\n`);
  console.error(failed.output.trim().split('\n').slice(-40).join('\n'));
  process.exitCode = 1;
} else {
  console.log(`\nnpm test passed in ${(wallTotal / 60).toFixed(1)} min${stressed ? ' under stress --cpu 2' : ''}.`);
}
