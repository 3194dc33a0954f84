/** Every user-visible string is a key of the English catalogue; a missing key is a type error. */
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

/** A localized sentence to be rendered later, so core stays free of any browser or language. */
export interface MessageRef {
  key: MessageKey;
  subs?: string[];
}
