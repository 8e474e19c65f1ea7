// Test fixtures for the flow library: a restore procedure shaped like the seed's, and errors to
// derive flows from. The wording is our own short paraphrase; only codes are quoted as facts.
import type { ErrorEntry, Flow, FlowStep } from "../schema/entities";

export const FIXTURE_FILE = "content/sv/troubleshoot-mars-agent.mdx";

/** A step written at `line` of the fixture file. */
export function stepAt(line: number, step: Omit<FlowStep, "commands" | "source">): FlowStep {
  return { commands: [], ...step, source: { file: FIXTURE_FILE, line, column: 1 } };
}

/** A procedure from its steps, written at line 10 of the fixture file. */
export function procedureOf(id: string, steps: FlowStep[]): Flow {
  return {
    id,
    locale: "en",
    article: "troubleshoot-mars-agent",
    title: `Fixture ${id}`,
    kind: "procedure",
    intro: "",
    steps,
    source: { file: FIXTURE_FILE, line: 10, column: 1 },
  };
}

/** The restore procedure: 9 steps; step 3 asks whether the iSCSI Initiator is there (yes → 7, no → 4). */
export const restoreFlow: Flow = procedureOf("troubleshoot-restore-problems", [
  stepAt(101, { id: "step-1", text: "Cancel the mount if it has been running for several minutes." }),
  stepAt(103, {
    id: "step-2",
    text: "Make sure the backup agent is the latest version (MARS console, Actions, About).",
  }),
  stepAt(105, {
    id: "step-3",
    text: "In Device Manager, open Storage controllers and look for Microsoft iSCSI Initiator.",
    question: "Did you find Microsoft iSCSI Initiator?",
    yes: "step-7",
    no: "step-4",
  }),
  stepAt(107, {
    id: "step-4",
    text: "Look under Storage controllers for an Unknown device with hardware ID ROOT\\ISCSIPRT.",
  }),
  stepAt(109, { id: "step-5", text: "Right-click Unknown device and choose to update the driver software." }),
  stepAt(111, { id: "step-6", text: "Let Windows search automatically for updated driver software." }),
  stepAt(113, {
    id: "step-7",
    text: "Open Task Manager, Services, and find the Microsoft iSCSI Initiator service.",
  }),
  stepAt(115, {
    id: "step-8",
    text: "Restart the Microsoft iSCSI Initiator service: stop it, then start it.",
  }),
  stepAt(117, { id: "step-9", text: "Try the restore again with instant restore." }),
]);

const errorSource = { file: FIXTURE_FILE, line: 40, column: 1 };

function action(id: string, ...texts: string[]): ErrorEntry["actions"][number] {
  return { id, steps: texts.map((text) => ({ text, commands: [], links: [] })) };
}

/** An error with three causes; the second has two actions, the third has none. */
export const threeCauseError: ErrorEntry = {
  id: "invalid-vault-credentials-provided",
  locale: "en",
  article: "troubleshoot-mars-agent",
  title: "Invalid vault credentials provided",
  codes: ["34513"],
  message: "Invalid vault credentials were provided.",
  causes: [
    {
      id: "cause-1",
      title: "The vault credentials are not valid",
      explanation: "They may be corrupt or expired.",
      actions: [
        action("cause-1-action-1", "Download new credentials from the vault.", "Register the server again."),
      ],
    },
    {
      id: "cause-2",
      title: "A proxy or firewall blocks registration",
      explanation: "",
      actions: [
        action("cause-2-action-1", "Make sure the machine is connected to the internet."),
        action("cause-2-action-2", "Allow the required URLs through the firewall."),
      ],
    },
    {
      id: "cause-3",
      title: "Antivirus software blocks registration",
      explanation: "Scanning locks agent files.",
      actions: [],
    },
  ],
  actions: [],
  source: errorSource,
};

/** An error that lists actions only. */
export const actionsOnlyError: ErrorEntry = {
  id: "sallowdiskspace",
  locale: "sv",
  article: "troubleshoot-mars-agent",
  title: "SalLowDiskSpace",
  codes: ["SalLowDiskSpace"],
  message: "Backup failed: not enough space on the scratch volume.",
  causes: [],
  actions: [action("action-1", "Update the agent."), action("action-2", "Free space on the scratch volume.")],
  source: errorSource,
};
