import type { App, Logger, ReceiverEvent, SocketModeReceiver } from "@slack/bolt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { keepWorkingWhenAcksAreLost } from "../../src/slack/socket-acks.ts";

type Answer = Parameters<ReceiverEvent["ack"]>[0];

/** A Socket Mode receiver as far as the wrapper sees it, and an app that answers "done N". */
function wrappedApp() {
  const warnings: string[] = [];
  const logger = {
    debug: () => {},
    info: () => {},
    error: () => {},
    warn: (message: string) => warnings.push(message),
  } as unknown as Logger;
  let app: Pick<App, "processEvent"> | undefined;
  const receiver = { init: (given: App) => (app = given) } as unknown as SocketModeReceiver;
  keepWorkingWhenAcksAreLost(receiver, logger);
  let handled = 0;
  receiver.init({
    processEvent: async (event: ReceiverEvent) => {
      handled += 1;
      await event.ack({ text: `done ${handled}` });
    },
  } as unknown as App);
  /** Delivers the envelope with this trigger id; the answer its ack carried, or why it failed. */
  const deliver = async (
    triggerId: string,
    ack: (answer: Answer) => Promise<void> = async () => {},
  ) => {
    const answers: Answer[] = [];
    await app?.processEvent({
      body: { trigger_id: triggerId },
      ack: async (answer?: Answer) => {
        answers.push(answer);
        await ack(answer);
      },
    } as ReceiverEvent);
    return answers;
  };
  return { deliver, handled: () => handled, warnings };
}

const socketClosed = async () => {
  throw Object.assign(new Error("closed"), {
    code: "slack_socket_mode_send_while_disconnected_error",
  });
};

afterEach(() => {
  vi.useRealTimers();
});

describe("keeping Socket Mode answers for redeliveries", () => {
  it("answers a redelivery within a minute with the first answer, without handling it again", async () => {
    const bot = wrappedApp();
    expect(await bot.deliver("t1")).toEqual([{ text: "done 1" }]);
    expect(await bot.deliver("t1")).toEqual([{ text: "done 1" }]);
    expect(bot.handled()).toBe(1);
  });

  it("answers again when the replayed answer is lost as well", async () => {
    const bot = wrappedApp();
    await bot.deliver("t1");
    await bot.deliver("t1", socketClosed);
    expect(bot.warnings).toEqual([
      "Socket Mode: an acknowledgement was lost (the socket closed); carrying on",
    ]);
    expect(await bot.deliver("t1")).toEqual([{ text: "done 1" }]);
    expect(bot.handled()).toBe(1);
  });

  it("forgets an answer a minute after it was last sent", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const bot = wrappedApp();
    await bot.deliver("t1");
    vi.advanceTimersByTime(59_000);
    await bot.deliver("t1");
    vi.advanceTimersByTime(59_000);
    expect(await bot.deliver("t1")).toEqual([{ text: "done 1" }]);
    vi.advanceTimersByTime(61_000);
    // Past the minute the wrapper lets it through (the repeated-delivery check then drops it).
    expect(await bot.deliver("t1")).toEqual([{ text: "done 2" }]);
  });

  it("keeps at most a thousand answers", async () => {
    const bot = wrappedApp();
    for (let i = 0; i <= 1_000; i++) await bot.deliver(`t${i}`);
    expect(await bot.deliver("t1000")).toEqual([{ text: "done 1001" }]);
    // The oldest was forgotten to make room.
    expect(await bot.deliver("t0")).toEqual([{ text: "done 1002" }]);
  });
});
