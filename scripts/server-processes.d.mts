/** Types of server-processes.mjs, for the TypeScript that imports it (the cluster fault test). */
import type { ChildProcess } from "node:child_process";

/** A child this module started: its output's tail, a promise of its exit code or signal, its port if a server. */
export interface ServerChild extends ChildProcess {
  output: string;
  exited: Promise<number | NodeJS.Signals>;
  port?: number;
}

export const ROOT: string;
export const NGINX_BIN: string | undefined;
export function startChild(args: string[], env?: Record<string, string>, command?: string): ServerChild;
export function signalGroup(child: ServerChild, signal: NodeJS.Signals): void;
export function stopChild(child: ServerChild): Promise<void>;
export function stopAllChildren(): Promise<void>;
export function killAllChildren(): void;
export function isPortFree(port: number): Promise<boolean>;
export function choosePort(preferred: number): Promise<number>;
export function waitUntilServing(url: string, child: ServerChild, limitMs?: number): Promise<void>;
export function serverOrigin(child: ServerChild): string;
export function startServe(options: {
  port: number;
  distDir?: string;
  env?: Record<string, string>;
  readyPath?: string;
}): Promise<ServerChild>;
export function startNginx(options: {
  port: number;
  distDir: string;
  upstreams: readonly string[];
  prefix: string;
  readyPath?: string;
}): Promise<ServerChild>;
