import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { loadConfig } from "../../src/config.ts";
import { DEFAULT_DATABASE_URL } from "../../src/db/database-url.ts";
import { startHarness } from "../support/bot-harness.ts";
import { TEST_DATA_KEY } from "../support/keys.ts";
import { argsOf, engineMajors, execForm, readDockerfile } from "./deploy-files.ts";

/**
 * No Docker engine runs here, so these check what an image built from the Dockerfile would be:
 * its invariants, read from the files. The health check script itself runs against the real bot.
 */
const packageJson = z
  .object({ engines: z.object({ node: z.string() }), scripts: z.object({ start: z.string() }) })
  .parse(JSON.parse(readFileSync("package.json", "utf8")));
const nvmrc = readFileSync(".nvmrc", "utf8").trim();
const { stages } = readDockerfile();
const runtime = stages.at(-1);
if (!runtime) throw new Error("The Dockerfile has no stage");
const workdir = argsOf(runtime, "WORKDIR").at(-1) ?? "/";
const BUILD_TOOLS = /\b(g\+\+|gcc|make|python3|build-essential)\b/;

describe("the Dockerfile", () => {
  it("is multi-stage on Node's Debian slim image, the Node major of .nvmrc and engines", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage.from).toMatch(/^node:\d+-[a-z]+-slim$/);
    const majors = stages.map((stage) => Number(/^node:(\d+)/.exec(stage.from)?.[1]));
    expect(new Set(majors)).toEqual(new Set([Number(nvmrc)]));
    expect(Math.max(...engineMajors(packageJson.engines.node))).toBe(Number(nvmrc));
    expect(readFileSync(".ci/run", "utf8")).toContain(".nvmrc");
  });

  it("installs from the lockfile with build tools in the build stage only", () => {
    const build = stages.slice(0, -1);
    expect(build.some((s) => argsOf(s, "RUN").some((run) => BUILD_TOOLS.test(run)))).toBe(true);
    expect(build.some((s) => argsOf(s, "RUN").some((run) => run.includes("npm ci")))).toBe(true);
    expect(build.some((s) => argsOf(s, "RUN").some((run) => run.includes("--omit=dev")))).toBe(
      true,
    );
    const runs = argsOf(runtime, "RUN");
    expect(runs.filter((run) => BUILD_TOOLS.test(run))).toEqual([]);
    expect(runs.filter((run) => /npm (ci|install)/.test(run))).toEqual([]);
  });

  it("runs `npm start`'s command as a non-root user, under tini as PID 1", () => {
    const user = argsOf(runtime, "USER").at(-1);
    expect(user).toBeDefined();
    expect(["root", "0", "0:0"]).not.toContain(user);
    const userAt = runtime.instructions.findLastIndex((i) => i.keyword === "USER");
    const cmdAt = runtime.instructions.findLastIndex((i) => i.keyword === "CMD");
    expect(userAt).toBeLessThan(cmdAt);
    const [entrypoint] = argsOf(runtime, "ENTRYPOINT").map(execForm);
    expect(entrypoint?.[0]).toMatch(/\/tini$/);
    expect(argsOf(runtime, "RUN").some((run) => /apt-get install .*\btini\b/.test(run))).toBe(true);
    const cmd = execForm(argsOf(runtime, "CMD").at(-1) ?? "[]");
    expect(cmd.join(" ")).toBe(packageJson.scripts.start);
  });

  it("declares the default database folder as the volume, writable by that user", () => {
    const databaseFolder = path.posix.join(
      workdir,
      path.posix.dirname(DEFAULT_DATABASE_URL.slice("file:".length)),
    );
    const volumes = argsOf(runtime, "VOLUME").flatMap(execForm);
    expect(volumes).toEqual([databaseFolder]);
    const { BACKUP_DIR } = loadConfig({
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_SIGNING_SECRET: "a-signing-secret",
      DATA_ENCRYPTION_KEY: TEST_DATA_KEY,
      LEADERSHIP_CHANNEL_ID: "C0LEAD",
      SUBCOMMITTEE_CHANNEL_ID: "C0SUBC",
    });
    expect(path.posix.join(workdir, BACKUP_DIR).startsWith(`${databaseFolder}/`)).toBe(true);
    const user = argsOf(runtime, "USER").at(-1);
    expect(
      argsOf(runtime, "RUN").some(
        (run) => run.includes(`chown ${user}`) && run.includes(databaseFolder),
      ),
    ).toBe(true);
  });

  it("checks health with the script it copies in", () => {
    const [healthcheck] = argsOf(runtime, "HEALTHCHECK");
    const command = execForm(healthcheck?.split(/\bCMD\b/)[1]?.trim() ?? "[]");
    expect(command).toEqual(["node", "deploy/healthcheck.mjs"]);
    expect(argsOf(runtime, "COPY")).toContain("deploy/healthcheck.mjs ./deploy/healthcheck.mjs");
  });

  it("has the scripts a volunteer runs in the container (db:restore)", () => {
    expect(argsOf(runtime, "COPY")).toContain("scripts ./scripts");
    expect(readFileSync(".dockerignore", "utf8")).not.toMatch(/^scripts$/m);
  });
});

describe("the health check script", () => {
  const run = promisify(execFile);
  async function healthcheck(env: Record<string, string>): Promise<{ code: number; out: string }> {
    try {
      const { stdout } = await run(process.execPath, ["deploy/healthcheck.mjs"], {
        env: { PATH: process.env.PATH ?? "", ...env },
      });
      return { code: 0, out: stdout };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      return { code: failed.code ?? -1, out: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
    }
  }

  it("passes on the bot's real /healthz (HEALTH_PORT first, else PORT) and fails once it stops", async () => {
    const h = await startHarness();
    const port = String(h.bot.port);
    try {
      const viaPort = await healthcheck({ PORT: port });
      expect(viaPort).toMatchObject({ code: 0 });
      expect(viaPort.out).toContain(`http://127.0.0.1:${port}/healthz: 200`);
      expect(await healthcheck({ HEALTH_PORT: port, PORT: "1" })).toMatchObject({ code: 0 });
    } finally {
      await h.stop();
    }
    const down = await healthcheck({ PORT: port });
    expect(down.code).toBe(1);
    expect(await healthcheck({ PORT: "not-a-port" })).toMatchObject({ code: 1 });
  });
});

/** Compose's `!reset` tag (drops a value inherited with `extends`). */
const resetTag = {
  tag: "!reset",
  collection: "seq" as const,
  resolve: () => [],
};

describe("compose.yaml", () => {
  const file = parse(readFileSync("compose.yaml", "utf8"), { customTags: [resetTag] });
  const compose = z
    .object({
      services: z.object({
        bot: z.object({
          build: z.string(),
          restart: z.string(),
          env_file: z.union([z.string(), z.array(z.string())]),
          environment: z.record(z.string(), z.string()),
          volumes: z.array(z.string()),
          stop_grace_period: z.string(),
        }),
        postgres: z.object({ profiles: z.array(z.string()), image: z.string() }),
        "bot-postgres": z.object({
          profiles: z.array(z.string()),
          extends: z.string(),
          environment: z.object({ DATABASE_URL: z.string() }),
          depends_on: z.object({ postgres: z.object({ condition: z.string() }) }),
        }),
      }),
      volumes: z.record(z.string(), z.unknown()),
    })
    .parse(file);
  const service = compose.services.bot;

  it("runs the image in Socket Mode's shape: restarts, an env file, a named data volume, a health port", () => {
    expect(service).toBeDefined();
    if (!service) return;
    expect(service.build).toBe(".");
    expect(service.restart).toBe("unless-stopped");
    expect(service.env_file).toBe(".env");
    const volumeFolder = argsOf(runtime, "VOLUME").flatMap(execForm)[0];
    const [named, target] = (service.volumes[0] ?? "").split(":");
    expect(target).toBe(volumeFolder);
    expect(Object.keys(compose.volumes)).toContain(named);
    expect(service.environment.HEALTH_PORT).toMatch(/^\d+$/);
    expect(service.environment.DATABASE_URL).toBe(DEFAULT_DATABASE_URL);
    expect(path.posix.join(workdir, service.environment.BACKUP_DIR ?? "")).toMatch(
      new RegExp(`^${volumeFolder}/`),
    );
    expect(Number.parseInt(service.stop_grace_period, 10)).toBeGreaterThan(10);
  });

  it("has a postgres profile: a PostgreSQL server and the same bot on it, started once the server answers", () => {
    const { postgres, "bot-postgres": onPostgres } = compose.services;
    expect(postgres.profiles).toEqual(["postgres"]);
    expect(onPostgres.profiles).toEqual(["postgres"]);
    expect(onPostgres.extends).toBe("bot");
    expect(onPostgres.environment.DATABASE_URL).toMatch(
      /^postgres:\/\/balint:.*@postgres:5432\/balint$/,
    );
    expect(onPostgres.depends_on.postgres.condition).toBe("service_healthy");
  });
});

describe(".dockerignore", () => {
  it("keeps the host's modules, data, secrets and generated client out of the build", () => {
    const ignored = readFileSync(".dockerignore", "utf8")
      .split("\n")
      .map((l) => l.trim());
    for (const entry of [".env", "node_modules", "data", "src/generated", ".git"]) {
      expect(ignored).toContain(entry);
    }
  });
});
