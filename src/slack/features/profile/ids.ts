/** Callback ids used only by the profile feature (its open button is SHARED_IDS.openProfile). */
export const PROFILE_IDS = {
  form: "profile_form",
  loading: "profile_loading",
} as const;
