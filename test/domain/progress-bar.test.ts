import { describe, expect, it } from "vitest";
import { progressBar } from "../../src/domain/progress-bar.ts";

describe("progressBar", () => {
  it("fills in proportion, rounding down", () => {
    expect(progressBar(0, 20)).toBe("░░░░░░░░░░");
    expect(progressBar(10, 20)).toBe("▓▓▓▓▓░░░░░");
    expect(progressBar(19, 20)).toBe("▓▓▓▓▓▓▓▓▓░");
    expect(progressBar(20, 20)).toBe("▓▓▓▓▓▓▓▓▓▓");
  });

  it("never overflows or goes negative", () => {
    expect(progressBar(35, 20)).toBe("▓▓▓▓▓▓▓▓▓▓");
    expect(progressBar(-3, 20)).toBe("░░░░░░░░░░");
  });

  it("takes a width", () => {
    expect(progressBar(1, 2, 4)).toBe("▓▓░░");
    expect(progressBar(1, 2, 0)).toBe("");
  });

  it("is empty text when there is no fixed amount to reach", () => {
    expect(progressBar(0, 0)).toBe("");
    expect(progressBar(6.5, 0)).toBe("");
  });
});
