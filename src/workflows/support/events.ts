/** Emitted when a customer opens a support request; its rep is mailed from a subscriber. */
export const SUPPORT_REQUEST_CREATED = "support_request.created"
