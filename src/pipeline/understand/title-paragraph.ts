/** The paragraph index of the headline's chunks (the caption's is -1); neither gets mentions. */
export const TITLE_PARAGRAPH = -2;
