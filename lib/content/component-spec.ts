/** The Fixpath MDX components, their props and where they may appear (docs/content-format.md in code). */

export const COMPONENT_NAMES = [
  "Section",
  "Error",
  "Message",
  "Cause",
  "Action",
  "Flow",
  "Step",
  "Callout",
] as const;
export type ComponentName = (typeof COMPONENT_NAMES)[number];

export interface PropSpec {
  /** The prop must be given. */
  required?: boolean;
  /** The only values allowed, if the prop is an enumeration. */
  values?: readonly string[];
  /** The value is an id (lower-case words joined by hyphens). */
  id?: boolean;
  /** The value is one or more ids separated by spaces, e.g. `causes="cause-1 cause-3"`. */
  ids?: boolean;
  /** The value names a flow step, `done` or `escalate`. */
  target?: boolean;
}

export interface ComponentSpec {
  props: Record<string, PropSpec>;
  /** Components one of which must be the nearest enclosing component, if restricted. */
  parents?: readonly ComponentName[];
}

const HEADING_LEVELS = ["2", "3", "4"] as const;

export const COMPONENTS: Record<ComponentName, ComponentSpec> = {
  Section: { props: { id: { required: true, id: true }, title: {}, level: { values: HEADING_LEVELS } } },
  Error: {
    props: {
      id: { required: true, id: true },
      title: { required: true },
      codes: {},
      level: { values: HEADING_LEVELS },
    },
  },
  Message: { props: {}, parents: ["Error"] },
  Cause: { props: { id: { id: true }, title: { required: true } }, parents: ["Error"] },
  Action: { props: { id: { id: true }, causes: { ids: true } }, parents: ["Error", "Cause"] },
  Flow: {
    props: {
      id: { required: true, id: true },
      title: { required: true },
      kind: { values: ["procedure", "checklist"] },
      level: { values: HEADING_LEVELS },
    },
  },
  Step: {
    props: {
      id: { id: true },
      next: { target: true },
      question: {},
      yes: { target: true },
      no: { target: true },
    },
    parents: ["Flow"],
  },
  Callout: { props: { type: { values: ["note", "tip", "important", "warning", "caution"] } } },
};

/** Same pattern as IdSchema; repeated as a RegExp so the validator can point at the prop. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isComponentName(name: string | null | undefined): name is ComponentName {
  return (COMPONENT_NAMES as readonly string[]).includes(name ?? "");
}

/** The list shown in "is not allowed" messages. */
export const ALLOWED_COMPONENTS_TEXT = COMPONENT_NAMES.join(", ");
