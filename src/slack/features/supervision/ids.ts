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
  /** App Home buttons that open the same forms as their commands. */
  showLeaders: "supervision_leaders_open",
  askSupervisor: "supervision_ask_open",
  askSupervisorModal: "supervision_ask_modal",
  openCompetencies: "supervision_competencies_open",
  openReport: "supervision_report_open",
  /** "Open" on an entry listed in the confirmer's reminder. */
  openEntry: "supervision_entry_open",
  /** "Confirm all" on the confirmer's reminder: confirms what it lists, then says so in its place. */
  confirmAllFromReminder: "supervision_reminder_confirm_all",
  /** "Remind me in a week" on the confirmer's reminder. */
  snoozeReminders: "supervision_reminders_snooze",
} as const;
