import { en, type Messages } from "./en";

/** The strings of the app's language (English is the one there is; a second language is a second module). */
export const t: Messages = en;
export type { Messages };
