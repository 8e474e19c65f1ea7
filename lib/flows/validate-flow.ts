// Checks that a flow can be walked: every edge lands, every step is reachable, every path ends in
// `done` or `escalate`, nothing loops. Each problem is located at its step and says what to do.
import type { Diagnostic, Flow, FlowStep, SourceLocation } from "../schema/entities";
import { indexStepsById, isFlowEnd, successorsOf } from "./flow-graph";

/**
 * Problems in `flow`, sorted by location. With the format's fall-through rule a step without a
 * question always goes somewhere, so "every path ends in done or escalate" holds exactly when no
 * edge dangles, no question lacks an answer and nothing loops: those are the checks below.
 */
export function validateFlow(flow: Flow): Diagnostic[] {
  if (flow.steps.length === 0) {
    return [locate(flow.source, `flow "${flow.id}" has no steps: add at least one <Step>`)];
  }
  const diagnostics = [
    ...checkStepIds(flow),
    ...flow.steps.flatMap((step) => checkBranches(flow, step)),
    ...checkTargets(flow),
    ...checkReachable(flow),
    ...checkCycles(flow),
  ];
  return sortDiagnostics(diagnostics);
}

function checkStepIds(flow: Flow): Diagnostic[] {
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const step of flow.steps) {
    if (isFlowEnd(step.id)) {
      diagnostics.push(
        at(flow, step, `step id "${step.id}" is reserved for the end of a flow: rename the step`),
      );
    }
    if (seen.has(step.id)) {
      diagnostics.push(at(flow, step, `step id "${step.id}" is used twice: give each step its own id`));
    }
    seen.add(step.id);
  }
  return diagnostics;
}

function checkBranches(flow: Flow, step: FlowStep): Diagnostic[] {
  const name = `step "${step.id}"`;
  if (step.question === undefined) {
    return step.yes !== undefined || step.no !== undefined
      ? [at(flow, step, `${name} has yes/no but no question: add question="…" or use next instead`)]
      : [];
  }
  const diagnostics: Diagnostic[] = [];
  if (step.yes === undefined && step.no === undefined) {
    diagnostics.push(
      at(
        flow,
        step,
        `${name} is a dead end: it asks a question but has neither yes nor no: add yes="…" and no="…" (a step id, done or escalate)`,
      ),
    );
  } else {
    for (const answer of ["yes", "no"] as const) {
      if (step[answer] === undefined) {
        diagnostics.push(
          at(
            flow,
            step,
            `${name} asks a question but has no ${answer}: add ${answer}="…" (a step id, done or escalate)`,
          ),
        );
      }
    }
  }
  if (step.next !== undefined) {
    diagnostics.push(
      at(flow, step, `${name} has both a question and next: a question branches with yes/no; remove next`),
    );
  }
  return diagnostics;
}

/** Every written target, even one ignored by the walk (a `next` beside a question), must exist. */
function checkTargets(flow: Flow): Diagnostic[] {
  const ids = new Set(flow.steps.map((step) => step.id));
  return flow.steps.flatMap((step) =>
    (["next", "yes", "no"] as const)
      .filter((label) => {
        const target = step[label];
        return target !== undefined && !isFlowEnd(target) && !ids.has(target);
      })
      .map((label) =>
        at(
          flow,
          step,
          `step "${step.id}" has ${label}="${step[label]}", which is not a step of this flow: use an existing step id, done or escalate`,
        ),
      ),
  );
}

function checkReachable(flow: Flow): Diagnostic[] {
  const byId = indexStepsById(flow);
  const reached = new Set<FlowStep>();
  const queue: FlowStep[] = flow.steps.slice(0, 1);
  for (let step = queue.shift(); step; step = queue.shift()) {
    if (reached.has(step)) continue;
    reached.add(step);
    for (const choice of successorsOf(flow, step)) {
      const target = byId.get(choice.target);
      if (target && !reached.has(target)) queue.push(target);
    }
  }
  return (
    flow.steps
      // A second step with a used id is already reported as a duplicate; nothing can link to it.
      .filter((step) => !reached.has(step) && byId.get(step.id) === step)
      .map((step) =>
        at(
          flow,
          step,
          `step "${step.id}" is unreachable from the first step: link to it with next/yes/no or remove it`,
        ),
      )
  );
}

/** Depth-first search from every step; an edge back into the current path closes a loop. */
function checkCycles(flow: Flow): Diagnostic[] {
  const byId = indexStepsById(flow);
  // A link to a duplicated id cannot be followed with certainty; the duplicate is reported instead.
  const duplicated = new Set(flow.steps.filter((step) => byId.get(step.id) !== step).map((step) => step.id));
  const finished = new Set<FlowStep>();
  const path: FlowStep[] = [];
  const diagnostics: Diagnostic[] = [];

  const visit = (step: FlowStep): void => {
    path.push(step);
    for (const choice of successorsOf(flow, step)) {
      const target = byId.get(choice.target);
      if (!target || finished.has(target) || duplicated.has(target.id)) continue;
      const loopStart = path.indexOf(target);
      if (loopStart >= 0) {
        const loop = [...path.slice(loopStart), target].map((s) => s.id).join(" → ");
        diagnostics.push(
          at(
            flow,
            step,
            `step "${step.id}" leads back to "${target.id}" (${loop}): a flow must not loop; point ${choice.label} to a later step, done or escalate`,
          ),
        );
        continue;
      }
      visit(target);
    }
    path.pop();
    finished.add(step);
  };

  for (const step of byId.values()) if (!finished.has(step)) visit(step);
  return diagnostics;
}

function at(flow: Flow, step: FlowStep, message: string): Diagnostic {
  return locate(step.source ?? flow.source, message);
}

function locate(source: SourceLocation, message: string): Diagnostic {
  return { file: source.file, line: source.line, column: source.column, severity: "error", message };
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((diagnostic, order) => ({ diagnostic, order }))
    .sort((a, b) => compareLocation(a.diagnostic, b.diagnostic) || a.order - b.order)
    .map(({ diagnostic }) => diagnostic);
}

function compareLocation(a: Diagnostic, b: Diagnostic): number {
  // Code-unit order, not localeCompare: the same diagnostics must sort the same on every machine.
  const byFile = a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  return byFile || a.line - b.line || a.column - b.column;
}
