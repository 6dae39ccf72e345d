import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, closeSync, readFileSync, existsSync } from 'node:fs';

/**
 * Starts a server process that must never outlive this Node process:
 * - `setpriv --pdeathsig SIGTERM` asks the kernel to signal it when we die, even by `kill -9`;
 * - `detached` puts it in its own process group, so a Ctrl-C in the terminal reaches only us
 *   and we stop it in order (close connections first, then the server).
 * When `asUser` is given (we are root and PostgreSQL refuses to run as root), setpriv also
 * switches to that user.
 */
/** A start-up problem a person can fix; printed as its message alone, without a stack. */
export class LocalServerError extends Error {}

export interface SupervisedProcessOptions {
  command: string;
  args: string[];
  logFile: string;
  asUser?: string;
  env?: NodeJS.ProcessEnv;
}

export interface SupervisedProcess {
  child: ChildProcess;
  exited: Promise<number | null>;
  stop(signal: NodeJS.Signals, timeoutMs?: number): Promise<void>;
}

export function startSupervised(options: SupervisedProcessOptions): SupervisedProcess {
  const setprivArgs = ['--pdeathsig', 'SIGTERM'];
  if (options.asUser) {
    setprivArgs.push(`--reuid=${options.asUser}`, `--regid=${options.asUser}`, '--init-groups');
  }
  const log = openSync(options.logFile, 'a');
  const child = spawn('setpriv', [...setprivArgs, '--', options.command, ...options.args], {
    detached: true,
    stdio: ['ignore', log, log],
    env: options.env ?? process.env,
  });
  closeSync(log);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', () => resolve(-1));
  });
  const stop = async (signal: NodeJS.Signals, timeoutMs = 15_000): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await exited;
    clearTimeout(timer);
  };
  return { child, exited, stop };
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function processCommandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/**
 * A server left behind by an earlier run (its parent killed before it could stop it) is
 * stopped here, so the new start owns its data folder. Only a process whose command line
 * names `expectedCommand` is touched: a pid file may be stale and its pid reused.
 */
export async function stopLeftoverServer(
  pidFile: string,
  expectedCommand: string,
  signal: NodeJS.Signals,
): Promise<boolean> {
  if (!existsSync(pidFile)) return false;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid)) return false;
  if (!processCommandLine(pid).includes(expectedCommand)) return false;
  process.kill(pid, signal);
  const deadline = Date.now() + 15_000;
  while (isProcessAlive(pid) && Date.now() < deadline) {
    await sleep(50);
  }
  if (isProcessAlive(pid)) process.kill(pid, 'SIGKILL');
  while (isProcessAlive(pid)) await sleep(50);
  return true;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  failed: () => boolean,
  timeoutMs: number,
  logFile: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (failed()) break;
    if (await check()) return;
    await sleep(50);
  }
  const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n') : '';
  throw new LocalServerError(`${what} did not become ready (log ${logFile}):\n${tail}`);
}
