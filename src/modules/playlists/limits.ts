/** What a customer's playlist may hold; the store API's validators and the service both enforce these. */
export const PLAYLIST_NAME_MAX = 100
export const PLAYLIST_DESCRIPTION_MAX = 1000
export const PLAYLIST_MAX_TRACKS = 5000
