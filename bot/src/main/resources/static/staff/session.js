/* Who is signed in and what the page shows, shared by the screens. */
export const session = {
  user: null,
  role: null,
  screen: null,
  /** Called after any change to the draft (set by main.js). */
  onDraftChanged: async () => {},
  /** The draft's options (languages, sections, intents, families, placeholders), loaded once per change. */
  options: null,
};
