/** Action and callback ids of the admin's App Home and the admins' DMs. */
export const ADMIN_IDS = {
  addLeader: "admin_leader_add_open",
  addLeaderModal: "admin_leader_add",
  removeLeader: "admin_leader_remove_open",
  removeLeaderModal: "admin_leader_remove",
  runDigest: "admin_digest_run",
  runReminders: "admin_reminders_run",
  registerActions: "admin_register_actions",
  jobActions: "admin_job_actions",
  personFormModal: "admin_person_form",
  eraseConfirmModal: "admin_erase_confirm",
  personActions: "admin_person_actions",
  /** In an admin's DM about a notice given up: try it again. */
  redeliver: "admin_redeliver",
  redeliverActions: "admin_redeliver_actions",
} as const;

/** Each "about one person" button's action id (action ids must differ within a block). */
export function personFormAction(kind: string): string {
  return `admin_${kind}_open`;
}
