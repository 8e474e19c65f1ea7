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

function action(id: string, causes: string[], ...texts: string[]): ErrorEntry["actions"][number] {
  return { id, causes, steps: texts.map((text) => ({ markdown: text, text, commands: [], links: [] })) };
}

function cause(id: string, title: string, explanation = ""): ErrorEntry["causes"][number] {
  return { id, title, explanation, explanationMarkdown: explanation };
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
    cause("cause-1", "The vault credentials are not valid", "They may be corrupt or expired."),
    cause("cause-2", "A proxy or firewall blocks registration"),
    cause("cause-3", "Antivirus software blocks registration", "Scanning locks agent files."),
  ],
  actions: [
    action(
      "new-credentials",
      ["cause-1"],
      "Download new credentials from the vault.",
      "Register the server again.",
    ),
    action("check-internet", ["cause-2"], "Make sure the machine is connected to the internet."),
    action("allow-urls", ["cause-2"], "Allow the required URLs through the firewall."),
  ],
  source: errorSource,
};

/** An error whose three possible causes share one action list (the shape of 0x1FC07), with a link in a step. */
export const sharedActionError: ErrorEntry = {
  id: "the-activation-did-not-complete-successfully",
  locale: "en",
  article: "troubleshoot-mars-agent",
  title: "The activation did not complete successfully",
  codes: ["0x1FC07"],
  message: "The activation did not complete successfully.",
  causes: [
    cause("scratch-folder-full", "The scratch folder is on a full volume"),
    cause("scratch-folder-moved", "The scratch folder was moved the wrong way"),
    cause("kek-file-missing", "The OnlineBackup.KEK file is missing"),
  ],
  actions: [
    {
      id: "fix-3f9a2c",
      causes: ["scratch-folder-full", "scratch-folder-moved", "kek-file-missing"],
      steps: [
        {
          markdown: "Upgrade to the [latest version](https://aka.ms/azurebackup_agent).",
          text: "Upgrade to the latest version.",
          commands: [],
          links: [{ text: "latest version", href: "https://aka.ms/azurebackup_agent" }],
        },
        {
          markdown:
            "Check that `OnlineBackup.KEK` is in the scratch folder:\n\n- on the default path\n- or the moved one",
          text: "Check that OnlineBackup.KEK is in the scratch folder:\non the default path\nor the moved one",
          commands: ["OnlineBackup.KEK"],
          links: [],
        },
      ],
    },
  ],
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
  actions: [
    action("update-agent", [], "Update the agent."),
    action("free-space", [], "Free space on the scratch volume."),
  ],
  source: errorSource,
};

/** An error whose fix the importer could not structure: code, message and a body of free text. */
export const bodyOnlyError: ErrorEntry = {
  id: "user-error-vm-not-in-desirable-state",
  locale: "en",
  article: "troubleshoot-vm-backup",
  title: "The VM is not in a state that allows backups",
  codes: ["UserErrorVmNotInDesirableState"],
  message: "VM is not in a state that allows backups.",
  causes: [],
  actions: [],
  body: {
    markdown:
      "The backup fails when the VM is in a failed state.\n\n- Make sure the VM is [running](https://example.com/vm).\n- Retry the backup.",
    text: "The backup fails when the VM is in a failed state.\nMake sure the VM is running.\nRetry the backup.",
  },
  source: errorSource,
};
