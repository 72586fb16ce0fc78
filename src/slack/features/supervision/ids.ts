/** Action and callback ids used only by the supervisor journey. */
export const SUPERVISION_IDS = {
  confirmEntry: "supervision_entry_confirm",
  queryEntry: "supervision_entry_query",
  confirmAll: "supervision_entries_confirm_all",
  queryModal: "supervision_entry_query_modal",
  resubmitEntry: "supervision_entry_resubmit",
  resubmitModal: "supervision_entry_resubmit_modal",
  acceptSupervision: "supervision_request_accept",
  declineSupervision: "supervision_request_decline",
  competenciesModal: "supervision_competencies_modal",
  reportModal: "supervision_report_modal",
} as const;
