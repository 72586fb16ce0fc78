import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inventoryTable, withInventory } from "../../../scripts/privacy/inventory-table.ts";
import { readSchemaModels } from "../../../scripts/privacy/schema-models.ts";
import { eraseMember } from "../../../src/services/privacy/erase-member.ts";
import { gatherPersonalData } from "../../../src/services/privacy/gather-personal-data.ts";
import { PRIVACY_INVENTORY } from "../../../src/services/privacy/inventory.ts";
import type { PersonalData } from "../../../src/services/privacy/personal-data.ts";
import { ADMIN, actorFor, TEAM, useServiceDatabase } from "../../support/services.ts";
import { seedEverything } from "./seed-everything.ts";

const models = readSchemaModels();

/**
 * For every model that holds something about a person: where the export shows it, and how many
 * of its rows still identify the person (by their own link) after erasure. A new model in the
 * schema that is neither here nor marked not personal in the inventory fails the walk below.
 */
const COVERAGE: Record<
  string,
  { exported: keyof PersonalData; left: (personId: number) => Promise<number> }
> = {
  Person: {
    exported: "person",
    left: (id) => world.db.person.count({ where: { id, erasedAt: null } }),
  },
  TraineeProfile: {
    exported: "profile",
    left: (personId) => world.db.traineeProfile.count({ where: { personId } }),
  },
  AccreditedLeader: {
    exported: "register",
    // Kept on purpose (counts for trainees), attached to the stripped row only.
    left: (personId) =>
      world.db.accreditedLeader.count({ where: { personId, person: { erasedAt: null } } }),
  },
  ActivityEntry: {
    exported: "entries",
    left: (traineeId) => world.db.activityEntry.count({ where: { traineeId } }),
  },
  Supervision: {
    exported: "supervisions",
    left: (traineeId) => world.db.supervision.count({ where: { traineeId } }),
  },
  CompetencySignOff: {
    exported: "competencies",
    left: (traineeId) => world.db.competencySignOff.count({ where: { traineeId } }),
  },
  SupervisorReport: {
    exported: "reportsAboutThem",
    left: (traineeId) => world.db.supervisorReport.count({ where: { traineeId } }),
  },
  LeadershipRequest: {
    exported: "enquiries",
    left: (personId) => world.db.leadershipRequest.count({ where: { personId } }),
  },
  Application: {
    exported: "applications",
    left: (traineeId) => world.db.application.count({ where: { traineeId } }),
  },
  ApplicationEvent: {
    exported: "applications",
    left: (traineeId) => world.db.applicationEvent.count({ where: { application: { traineeId } } }),
  },
  AuditLog: {
    exported: "audit",
    left: (subjectId) =>
      world.db.auditLog.count({
        where: {
          subjectType: "person",
          subjectId,
          action: { not: "person.erased" },
          details: { not: null },
        },
      }),
  },
};

const world = useServiceDatabase();

describe("the schema walk: every model is covered by export and erasure, or says why not", () => {
  it("describes every model in the schema, and nothing else", () => {
    expect(models.length).toBeGreaterThan(10);
    expect(Object.keys(PRIVACY_INVENTORY).sort()).toEqual(models.map((m) => m.name).sort());
  });

  it("covers every model holding personal data, and gives a reason for each that is not", () => {
    for (const model of models) {
      const entry = PRIVACY_INVENTORY[model.name];
      const covered = model.name in COVERAGE;
      if (entry?.notPersonal) {
        expect(covered, `${model.name} is marked not personal`).toBe(false);
        expect(entry.notPersonal.length).toBeGreaterThan(10);
      } else {
        expect(covered, `${model.name} holds personal data: cover it in export and erasure`).toBe(
          true,
        );
      }
    }
  });

  it("names only free-text fields that exist", () => {
    for (const model of models) {
      for (const field of PRIVACY_INVENTORY[model.name]?.freeText ?? []) {
        expect(model.fields, `${model.name}.${field}`).toContain(field);
      }
    }
  });

  it("finds each covered model in the export, and none of its rows left after erasure", async () => {
    const { sam } = await seedEverything(world.db);
    const ref = { person: { teamId: TEAM, userId: "U0SAM" } };
    const data = await gatherPersonalData(world.ctx, actorFor("U0SAM"), ref);
    for (const [name, coverage] of Object.entries(COVERAGE)) {
      const section = data[coverage.exported];
      const present = Array.isArray(section) ? section.length > 0 : section !== null;
      expect(present, `${name} is missing from the export`).toBe(true);
      expect(await coverage.left(sam.id), `${name} before erasure`).toBeGreaterThan(0);
    }
    await eraseMember(world.ctx, ADMIN, ref);
    for (const [name, coverage] of Object.entries(COVERAGE)) {
      expect(await coverage.left(sam.id), `${name} still identifies the erased person`).toBe(0);
    }
  });
});

describe("docs/privacy.md", () => {
  it("has the inventory table the schema gives (run npm run docs:privacy)", () => {
    const doc = readFileSync(path.resolve(import.meta.dirname, "../../../docs/privacy.md"), "utf8");
    expect(withInventory(doc)).toBe(doc);
    for (const model of models) expect(inventoryTable()).toContain(`\`${model.table}\``);
  });
});
