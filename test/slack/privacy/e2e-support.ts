import { readFileSync } from "node:fs";
import type { EmulatedFile, EmulatedMessage } from "../../../src/dev/emulator/index.ts";
import { commandReply, type Harness } from "../../support/bot-harness.ts";
import { CAST, type CastMember, escapedMention } from "../../support/cast.ts";
import { onPostgres } from "../../support/postgres.ts";
import {
  dmMessages,
  makeSupervisor,
  registerLeader,
  waitForPending,
} from "../supervision/e2e-support.ts";

/** Unique strings typed into free-text fields, so a test can look for them anywhere. */
export const CANARY = {
  note: "CANARY-NOTE-7f3a9c",
  hopes: "CANARY-HOPES-2b8e41",
} as const;

export const INTEREST = {
  professionalTraining: "GP, general practice",
  ukBalintMember: "applying",
  psychoanalyticTraining: "no",
  groupSessions: "12",
  hopes: `Advice on co-leading ${CANARY.hopes}`,
};

/**
 * Through Slack: Dr Ahmed on the register and Sam's supervisor; Sam logs a co-led session with
 * a canary note (Dr Ahmed confirms it) and one whose note looks like a spreadsheet formula, and
 * sends the leadership interest form.
 */
export async function seedSam(
  h: Harness,
): Promise<{ confirmationDm: EmulatedMessage; enquiryPost: EmulatedMessage }> {
  await registerLeader(h);
  await makeSupervisor(h);
  await commandReply(
    h,
    CAST.trainee.id,
    `log coled 2026-11-20 with ${escapedMention("leader")} note ${CANARY.note}`,
  );
  const confirmationDm = await waitForPending(h, "leader", 1);
  await h.driver.clickButton({
    userId: CAST.leader.id,
    actionId: "supervision_entry_confirm",
    container: { channelId: confirmationDm.channel, messageTs: confirmationDm.ts },
  });
  await h.whenIdle(() => dmMessages(h, "trainee").some((m) => m.text.includes("confirmed")));
  await commandReply(h, CAST.trainee.id, 'log group 2 2026-11-21 note =HYPERLINK("http://x")');
  await h.driver.slashCommand({ userId: CAST.trainee.id, text: "interest" });
  await h.whenIdle(() => h.emulator.openViews(CAST.trainee.id).at(-1));
  await h.driver.submitView({ userId: CAST.trainee.id, values: INTEREST });
  const enquiryPost = await h.whenIdle(() =>
    h.emulator.messagesIn("C0LEADERS").find((m) => m.text.includes(CAST.trainee.id)),
  );
  return { confirmationDm, enquiryPost };
}

/** The files shared in someone's DM since `before` files existed. */
export async function filesInDm(h: Harness, who: CastMember, before = 0): Promise<EmulatedFile[]> {
  const channel = h.emulator.dmChannelFor(CAST[who].id);
  return h.whenIdle(() => {
    const files = h.emulator.files.filter((f) => f.channels.includes(channel));
    return files.length >= before + 3 ? files.slice(before) : undefined;
  });
}

export function fileNamed(files: EmulatedFile[], extension: string): EmulatedFile {
  const file = files.find((f) => f.name.endsWith(extension));
  if (!file) throw new Error(`no ${extension} file among ${files.map((f) => f.name).join(", ")}`);
  return file;
}

export { pdfText } from "../../support/pdf-text.ts";

/**
 * What the database holds, as bytes. SQLite: the file and its write-ahead log. PostgreSQL: every
 * row of every table as the server returns it to raw SQL (its files and WAL are the server's).
 */
export async function databaseBytes(h: Harness): Promise<Buffer> {
  if (onPostgres) {
    const tables = await h.bot.db.$queryRawUnsafe<{ name: string }[]>(
      "SELECT tablename::text AS name FROM pg_tables WHERE schemaname = current_schema()",
    );
    const rows: string[] = [];
    for (const { name } of tables) {
      const stored = await h.bot.db.$queryRawUnsafe<{ row: string }[]>(
        `SELECT row_to_json(t)::text AS row FROM "${name}" t`,
      );
      rows.push(...stored.map((entry) => entry.row));
    }
    return Buffer.from(rows.join("\n"));
  }
  const file = h.config.DATABASE_URL.replace(/^file:/, "");
  const wal = (() => {
    try {
      return readFileSync(`${file}-wal`);
    } catch {
      return Buffer.alloc(0);
    }
  })();
  return Buffer.concat([readFileSync(file), wal]);
}
