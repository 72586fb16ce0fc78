import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  findChromium,
  missingBrowserNotice,
} from "../../../src/dev/sandbox/headless/find-chromium.ts";

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function folderWith(...names: string[]): string {
  const folder = mkdtempSync(path.join(tmpdir(), "balint-browsers-"));
  folders.push(folder);
  for (const name of names) writeFileSync(path.join(folder, name), "#!/bin/sh\n", { mode: 0o755 });
  return folder;
}

describe("finding Chromium for the browser test", () => {
  it("finds chromium-browser (Ubuntu) or google-chrome by name on PATH, first folder first", () => {
    const empty = folderWith();
    const ubuntu = folderWith("chromium-browser");
    const chrome = folderWith("google-chrome");
    const found = findChromium({ PATH: [empty, ubuntu, chrome].join(path.delimiter) });
    expect(found).toEqual({
      executablePath: path.join(ubuntu, "chromium-browser"),
      required: false,
    });
  });

  it("prefers CHROMIUM_PATH, and does not fall back to PATH when it points nowhere", () => {
    const onPath = folderWith("chromium");
    const chosen = path.join(folderWith("my-chrome"), "my-chrome");
    expect(findChromium({ PATH: onPath, CHROMIUM_PATH: chosen }).executablePath).toBe(chosen);
    const missing = findChromium({ PATH: onPath, CHROMIUM_PATH: "/nowhere/chromium" });
    expect(missing.executablePath).toBeUndefined();
    expect(missingBrowserNotice({ CHROMIUM_PATH: "/nowhere/chromium" })).toContain(
      "CHROMIUM_PATH=/nowhere/chromium does not exist",
    );
  });

  it("looks in macOS's Applications folder when nothing is on PATH", () => {
    const chrome = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
    const found = findChromium({ PATH: folderWith() }, (file) => file === chrome);
    expect(found.executablePath).toBe(chrome);
  });

  it("finds nothing on an empty PATH, and REQUIRE_BROWSER=1 marks the browser as required", () => {
    expect(findChromium({ PATH: folderWith() }, () => false)).toEqual({
      executablePath: undefined,
      required: false,
    });
    expect(findChromium({ PATH: "", REQUIRE_BROWSER: "1" }, () => false).required).toBe(true);
    const notice = missingBrowserNotice({});
    expect(notice).toMatch(/^Browser test skipped: no Chromium found on PATH; install Chromium/);
    expect(notice).not.toContain("\n");
  });
});
