import type { EmulatedMessage } from "../../../src/dev/emulator/index.ts";
import { commandReply, type Harness } from "../../support/bot-harness.ts";
import { CAST, type CastMember, escapedMention } from "../../support/cast.ts";

/** Shared steps for the supervisor journey's end-to-end tests. */

export function textOf(value: unknown): string {
  return JSON.stringify(value);
}

export function dmOf(h: Harness, who: CastMember): string {
  return h.emulator.dmChannelFor(CAST[who].id);
}

export function dmMessages(h: Harness, who: CastMember): EmulatedMessage[] {
  return h.emulator.messagesIn(dmOf(h, who));
}

/** Messages posted (not updated) to someone's DM: what they were notified of. */
export function postsTo(h: Harness, who: CastMember) {
  const channel = dmOf(h, who);
  return h.emulator.callsTo("chat.postMessage").filter((call) => call.args.channel === channel);
}

/** What the bot said privately through a response_url to this person. */
export function privateReplies(h: Harness, who: CastMember): string[] {
  return h.emulator.responseUrlPosts
    .filter((post) => post.origin.userId === CAST[who].id)
    .map((post) => post.body.text ?? textOf(post.body.blocks));
}

export async function command(h: Harness, who: CastMember, text: string) {
  return h.driver.slashCommand({ userId: CAST[who].id, text });
}

/** The admin puts someone on the register. */
export async function registerLeader(h: Harness, who: CastMember = "leader", date = "2015-05-01") {
  const response = await command(h, "admin", `admin leader add ${escapedMention(who)} ${date}`);
  if (!/register|accreditation date/.test(textOf(response.body))) {
    throw new Error(`could not register ${who}: ${textOf(response.body)}`);
  }
}

/** Once the bot is idle, the latest DM to `who` that has a button with this action id. */
export async function waitForButton(
  h: Harness,
  who: CastMember,
  actionId: string,
): Promise<EmulatedMessage> {
  await h.idle();
  const found = dmMessages(h, who).findLast((m) => textOf(m.blocks).includes(`"${actionId}"`));
  if (!found) throw new Error(`no DM to ${who} with ${actionId}: ${textOf(dmMessages(h, who))}`);
  return found;
}

/** The trainee asks the leader to supervise them, and the leader accepts. */
export async function makeSupervisor(
  h: Harness,
  trainee: CastMember = "trainee",
  supervisor: CastMember = "leader",
) {
  await command(h, trainee, `supervisor ${escapedMention(supervisor)}`);
  const request = await waitForButton(h, supervisor, "supervision_request_accept");
  await h.driver.clickButton({
    userId: CAST[supervisor].id,
    actionId: "supervision_request_accept",
    container: { channelId: request.channel, messageTs: request.ts },
  });
  await h.idle();
  const accepted = `<@${CAST[supervisor].id}> accepted`;
  if (!dmMessages(h, trainee).some((m) => m.text.includes(accepted))) {
    throw new Error(`no DM to ${trainee} saying ${accepted}`);
  }
}

/** The trainee logs a co-led session with someone through the slash command. */
export async function logColed(
  h: Harness,
  date: string,
  withWhom: CastMember = "leader",
  trainee: CastMember = "trainee",
) {
  // The log reply comes through the response_url once the entry is stored.
  const response = await commandReply(
    h,
    CAST[trainee].id,
    `log coled ${date} with ${escapedMention(withWhom)} note Felt the group settle early`,
  );
  if (response.status !== 200) throw new Error(`log failed: ${response.status}`);
  return response;
}

/** Once the bot is idle, the confirmer's DM that carries `count` undecided entries (Confirm buttons). */
export async function waitForPending(h: Harness, confirmer: CastMember, count: number) {
  await h.idle();
  const found = dmMessages(h, confirmer).find(
    (m) => (textOf(m.blocks).match(/"supervision_entry_confirm"/g) ?? []).length === count,
  );
  if (!found) {
    const shown = textOf(dmMessages(h, confirmer));
    throw new Error(`no DM to ${confirmer} with ${count} pending: ${shown}`);
  }
  return found;
}

/** Polls an async probe (e.g. a database read) until it returns something. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 3_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("eventually: timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
