import { describe, expect, it } from "vitest";
import { readUnit } from "./deploy-files.ts";

describe("deploy/balint-pathway.service", () => {
  const unit = readUnit("deploy/balint-pathway.service");
  const service = unit.get("Service");
  const one = (key: string) => service?.get(key)?.at(-1);

  it("runs `npm start` as a non-root user in a working directory", () => {
    expect(one("User")).toMatch(/^[a-z_][a-z0-9_-]*$/);
    expect(["root", "0"]).not.toContain(one("User"));
    expect(one("WorkingDirectory")).toMatch(/^\//);
    expect(one("ExecStart")).toMatch(/\bnpm start$/);
  });

  it("restarts on failure and gives the graceful stop (10 s) time to finish", () => {
    expect(["on-failure", "always"]).toContain(one("Restart"));
    expect(Number(one("TimeoutStopSec"))).toBeGreaterThan(10);
    expect(one("KillSignal") ?? "SIGTERM").toBe("SIGTERM");
    expect(unit.get("Install")?.get("WantedBy")).toEqual(["multi-user.target"]);
  });

  it("lets the bot write in its working directory, where the data folder is", () => {
    expect(service?.get("ReadWritePaths")).toEqual([one("WorkingDirectory")]);
  });
});
