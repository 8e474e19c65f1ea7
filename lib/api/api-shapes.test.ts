import { describe, expect, it } from "vitest";
import { bodyOnlyError, restoreFlow, sharedActionError, threeCauseError } from "../flows/flow-test-fixtures";
import { buildErrorFlow } from "../flows/build-error-flow";
import { getFlowStrings } from "../flows/flow-strings";
import { isEntityId, toErrorResource, toFlowResource } from "./api-shapes";
import { buildOpenApiDocument } from "./openapi";

describe("toErrorResource", () => {
  it("keeps the public fields, adds site paths and leaves the source location out", () => {
    const resource = toErrorResource(threeCauseError);
    expect(resource.url).toBe(`/${threeCauseError.locale}/errors/${threeCauseError.id}`);
    expect(resource.fixUrl).toBe(`${resource.url}/fix`);
    expect(resource.embedUrl).toBe(`/embed${resource.url}`);
    expect(resource.causes.map((c) => c.id)).toEqual(threeCauseError.causes.map((c) => c.id));
    expect(resource).not.toHaveProperty("source");
  });

  it("lists a shared action once with its causes, and under each cause for older clients", () => {
    const resource = toErrorResource(sharedActionError);
    expect(resource.actions.map((a) => [a.id, a.causes])).toEqual([
      ["fix-3f9a2c", ["scratch-folder-full", "scratch-folder-moved", "kek-file-missing"]],
    ]);
    for (const cause of resource.causes) expect(cause.actions.map((a) => a.id)).toEqual(["fix-3f9a2c"]);
  });

  it("gives steps as Markdown and plain text, and the body or null", () => {
    const step = toErrorResource(sharedActionError).actions[0]!.steps[0]!;
    expect(step.markdown).toBe("Upgrade to the [latest version](https://aka.ms/azurebackup_agent).");
    expect(step.text).toBe("Upgrade to the latest version.");
    expect(toErrorResource(bodyOnlyError).body).toEqual(bodyOnlyError.body);
    expect(toErrorResource(sharedActionError).body).toBeNull();
  });

  it("matches its OpenAPI schema's required fields", () => {
    const schemas = buildOpenApiDocument("http://x").components.schemas as Record<
      string,
      { required: string[] }
    >;
    const resource = toErrorResource(bodyOnlyError);
    expect(Object.keys(resource).sort()).toEqual([...schemas.Error!.required].sort());
    const action = toErrorResource(sharedActionError).actions[0]!;
    expect(Object.keys(action).sort()).toEqual([...schemas.Action!.required].sort());
    expect(Object.keys(action.steps[0]!).sort()).toEqual([...schemas.Step!.required].sort());
    expect(Object.keys(resource.causes[0] ?? toErrorResource(threeCauseError).causes[0]!).sort()).toEqual(
      [...schemas.Cause!.required].sort(),
    );
  });
});

describe("toFlowResource", () => {
  it("turns an authored flow into nodes and one edge per choice, ends included once", () => {
    const resource = toFlowResource(restoreFlow, "authored");
    const stepIds = restoreFlow.steps.map((s) => s.id);
    expect(resource.nodes.slice(0, stepIds.length).map((n) => n.id)).toEqual(stepIds);
    const endIds = resource.nodes.filter((n) => n.type === "end").map((n) => n.id);
    expect(new Set(endIds).size).toBe(endIds.length);
    const known = new Set(resource.nodes.map((n) => n.id));
    for (const edge of resource.edges) {
      expect(known.has(edge.from)).toBe(true);
      expect(known.has(edge.to)).toBe(true);
    }
    expect(resource.start).toBe(stepIds[0]);
    expect(resource.url).toBe(`/${restoreFlow.locale}/flows/${restoreFlow.id}`);
  });

  it("gives a derived flow yes/no edges and the guided-fix URL", () => {
    const flow = buildErrorFlow(threeCauseError, getFlowStrings(threeCauseError.locale));
    const resource = toFlowResource(flow, "error");
    expect(resource.origin).toBe("error");
    expect(resource.url).toBe(`/${flow.locale}/errors/${flow.id}/fix`);
    expect(resource.edges.some((e) => e.label === "yes" && e.to === "done")).toBe(true);
    expect(resource.edges.some((e) => e.label === "no")).toBe(true);
  });
});

describe("isEntityId", () => {
  it("accepts catalog ids and refuses anything else", () => {
    expect(isEntityId("sal-low-disk-space")).toBe(true);
    for (const bad of ["", "A", "a--b", "-a", "a/b", "a.b", "%2e", "a".repeat(201)])
      expect(isEntityId(bad)).toBe(false);
  });
});
