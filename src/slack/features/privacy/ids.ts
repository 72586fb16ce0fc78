/** Action ids used only by the privacy feature. */
export const PRIVACY_IDS = {
  confirmErase: "privacy_erase_confirm",
  cancelErase: "privacy_erase_cancel",
  exportOwn: "privacy_export_own",
} as const;
