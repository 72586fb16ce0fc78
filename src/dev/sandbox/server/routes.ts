import { z } from "zod";
import type { SlackEmulator } from "../../emulator/index.ts";
import type { MovableClock } from "../clock.ts";
import { DEMO_PEOPLE, DEMO_PEOPLE_LIST } from "../demo/demo-society.ts";
import type { Outcome, SandboxActions, SubmitOutcome } from "../slack-side/actions.ts";

export interface RouteWorld {
  actions: SandboxActions;
  emulator: SlackEmulator;
  clock: MovableClock;
  /** The slash command, e.g. "/balint". */
  command: string;
}

type Result = Outcome | SubmitOutcome;
type Action = (raw: unknown, world: RouteWorld) => Promise<Result>;

function action<S extends z.ZodType>(
  schema: S,
  run: (body: z.output<S>, world: RouteWorld) => Promise<Result>,
): Action {
  return async (raw, world) => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success)
      return { ok: false, error: `Bad request: ${z.prettifyError(parsed.error)}` };
    return run(parsed.data, world);
  };
}

const person = z.enum(DEMO_PEOPLE_LIST.map((p) => p.id) as [string, ...string[]]);
const formValues = z.record(z.string(), z.union([z.string(), z.array(z.string()), z.null()]));
const container = z.union([
  z.object({ viewId: z.string().min(1) }),
  z.object({ channelId: z.string().min(1), messageTs: z.string().min(1), ephemeral: z.boolean() }),
]);

/** The scheduled work, run now as the admin would: a signed command from the admin's DM. */
function asAdmin(world: RouteWorld, words: string): Promise<Outcome> {
  const admin = DEMO_PEOPLE.admin.id;
  return world.actions.slashCommand({
    userId: admin,
    channelId: world.emulator.dmChannelFor(admin),
    text: `${world.command} ${words}`,
  });
}

/** The page's POST /sandbox/<name> calls, each checked, then played to the bot. */
const ACTIONS: Readonly<Record<string, Action>> = {
  command: action(
    z.object({ as: person, view: z.string(), text: z.string().max(4000) }),
    (body, { actions, emulator }) => {
      const inApp = body.view === "messages" || body.view === "home";
      const channelId = inApp ? emulator.dmChannelFor(body.as) : body.view;
      return actions.slashCommand({ userId: body.as, channelId, text: body.text });
    },
  ),
  click: action(
    z.object({
      as: person,
      actionId: z.string(),
      blockId: z.string(),
      container,
      values: formValues.optional(),
    }),
    (body, { actions }) =>
      actions.click({
        userId: body.as,
        actionId: body.actionId,
        blockId: body.blockId,
        container: body.container,
        ...(body.values ? { values: body.values } : {}),
      }),
  ),
  submit: action(
    z.object({ as: person, viewId: z.string().min(1), values: formValues }),
    (body, { actions }) =>
      actions.submit({ userId: body.as, viewId: body.viewId, values: body.values }),
  ),
  close: action(z.object({ as: person, viewId: z.string().min(1) }), (body, { actions }) =>
    actions.close({ userId: body.as, viewId: body.viewId }),
  ),
  home: action(z.object({ as: person }), (body, { actions }) => actions.openHome(body.as)),
  shortcut: action(
    z.object({
      as: person,
      callbackId: z.string().min(1),
      message: z.object({ channelId: z.string().min(1), messageTs: z.string().min(1) }).optional(),
    }),
    (body, { actions }) =>
      actions.shortcut({
        userId: body.as,
        callbackId: body.callbackId,
        ...(body.message ? { message: body.message } : {}),
      }),
  ),
  advance: action(z.object({ days: z.number().int().min(1).max(366) }), (body, world) => {
    world.clock.advanceDays(body.days);
    return asAdmin(world, "admin reminders");
  }),
  digest: action(z.object({}), (_body, world) => asAdmin(world, "admin digest")),
};

export async function runAction(world: RouteWorld, name: string, raw: unknown): Promise<Result> {
  const run = Object.hasOwn(ACTIONS, name) ? ACTIONS[name] : undefined;
  if (!run) return { ok: false, error: `No such sandbox action: ${name}` };
  try {
    return await run(raw, world);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
