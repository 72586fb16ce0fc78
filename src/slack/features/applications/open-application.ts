import type { App, BlockButtonAction } from "@slack/bolt";
import { getApplication } from "../../../services/applications/get-application.ts";
import { type BotDeps, serviceContext, societyOf } from "../../deps.ts";
import { idValue, readButtonValue } from "../../forms/button-value.ts";
import { openModalThenFill } from "../../forms/open-modal.ts";
import { SHARED_IDS } from "../../ids.ts";
import { readOnlyModal } from "../../views/notice-modal.ts";
import { decidingActor, requireSubcommittee, teamOf } from "./actors.ts";
import { APPLICATION_IDS } from "./ids.ts";
import { applicationBlocks } from "./views/application-post.ts";

const TITLE = "Application";

/** "Open" on an application (e.g. in the weekly digest): the application in a modal, for the subcommittee. */
export function registerOpenApplication(app: App, deps: BotDeps): void {
  app.action<BlockButtonAction>(
    SHARED_IDS.openApplication,
    async ({ ack, body, action, client }) => {
      await ack();
      const { id } = readButtonValue(idValue, action.value);
      const actor = await decidingActor(deps, client, teamOf(body), body.user.id);
      requireSubcommittee(actor);
      await openModalThenFill(
        client,
        body.trigger_id,
        TITLE,
        deps.config.SLASH_COMMAND,
        async () => {
          const record = await getApplication(
            serviceContext(deps),
            { kind: "person", actor },
            { applicationId: id },
          );
          const options = {
            timeZone: deps.config.TIMEZONE,
            command: deps.config.SLASH_COMMAND,
            society: societyOf(deps),
          };
          return readOnlyModal(
            TITLE,
            applicationBlocks(record, options),
            APPLICATION_IDS.readOnlyView,
          );
        },
      );
    },
  );
}
