import { z } from "zod";
import { defineMethod } from "./define.ts";

/** A single-use Socket Mode WebSocket URL on the emulator (`ws://127.0.0.1:<port>/link/?ticket=…`). */
export const appsConnectionsOpen = defineMethod(z.object({}), (state) => ({
  ok: true,
  url: state.socketMode.issueUrl(),
}));
