/** The two interface languages: Dutch first, English as a switch. */
export const Language = {
  Dutch: 'nl',
  English: 'en',
} as const;
export type Language = (typeof Language)[keyof typeof Language];

/** A text in every interface language. */
export type Localized = Record<Language, string>;
