/**
 * A real, throw-away PostgreSQL server for the tests: initdb into a temp dir, pg_ctl start on a
 * free loopback port, and stop and delete it afterwards. Uses the server binaries of the Debian
 * `postgresql` package (.ci/run installs it). PostgreSQL refuses to run as root, so as root the
 * server runs as the `postgres` user the package creates.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  url: string;
  stop(): void;
}

function findBinDir(): string | null {
  const onPath = spawnSync("sh", ["-c", "command -v pg_ctl"], { encoding: "utf8" }).stdout.trim();
  if (onPath) return join(onPath, "..");
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((name) => existsSync(join(base, name, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], "bin") : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function userIds(name: string): { uid: number; gid: number } | null {
  const result = spawnSync("id", ["-u", name], { encoding: "utf8" });
  if (result.status !== 0) return null;
  const gid = spawnSync("id", ["-g", name], { encoding: "utf8" }).stdout.trim();
  return { uid: Number(result.stdout.trim()), gid: Number(gid) };
}

export function postgresAvailable(): boolean {
  return findBinDir() !== null;
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = findBinDir();
  if (!bin) {
    throw new Error(
      "PostgreSQL server binaries not found: install Debian's postgresql package (apt-get install postgresql).",
    );
  }
  const root = mkdtempSync(join(tmpdir(), "parceltrail-pg-"));
  const data = join(root, "data");
  const asRoot = process.getuid?.() === 0;
  const ids = asRoot ? userIds("postgres") : null;
  if (asRoot && !ids)
    throw new Error("running as root needs the postgres user that Debian's postgresql package creates.");
  if (ids) {
    chownSync(root, ids.uid, ids.gid);
    chmodSync(root, 0o700);
  }
  const run = (program: string, args: string[]) =>
    ids
      ? execFileSync("runuser", ["-u", "postgres", "--", join(bin, program), ...args], { stdio: "pipe" })
      : execFileSync(join(bin, program), args, { stdio: "pipe" });

  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"]);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    "-c listen_addresses=127.0.0.1",
    `-c unix_socket_directories=${root}`,
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=200",
  ].join(" ");
  run("pg_ctl", ["-D", data, "-l", join(root, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}
