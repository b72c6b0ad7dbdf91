/**
 * Exports use system fonts only: nothing is fetched from another host, and a PNG or PDF made
 * offline looks the same as one made online.
 */
export const CARD_SVG_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
