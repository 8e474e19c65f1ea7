/** Literal facts that text in every language quotes verbatim (paths, names): written once, never translated. */

/** The MARS agent's default log folder, named in the escalation advice of guided fixes. */
export const MARS_LOG_FOLDER = "C:\\Program Files\\Microsoft Azure Recovery Services Agent\\Temp";
