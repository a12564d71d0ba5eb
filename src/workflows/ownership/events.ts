/** Emitted by grantOwnershipWorkflow for each order it recorded: `{ order_id }`. */
export const OWNERSHIP_GRANTED_EVENT = "music.ownership_granted"
