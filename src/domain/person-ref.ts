/** A Slack user named in a command or form, as the layers above the database refer to them. */
export interface PersonRef {
  teamId: string;
  userId: string;
  displayName?: string;
}
