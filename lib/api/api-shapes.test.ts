import { describe, expect, it } from "vitest";
import { restoreFlow, threeCauseError } from "../flows/flow-test-fixtures";
import { buildErrorFlow } from "../flows/build-error-flow";
import { getFlowStrings } from "../flows/flow-strings";
import { isEntityId, toErrorResource, toFlowResource } from "./api-shapes";

describe("toErrorResource", () => {
  it("keeps the public fields, adds site paths and leaves the source location out", () => {
    const resource = toErrorResource(threeCauseError);
    expect(resource.url).toBe(`/${threeCauseError.locale}/errors/${threeCauseError.id}`);
    expect(resource.fixUrl).toBe(`${resource.url}/fix`);
    expect(resource.embedUrl).toBe(`/embed${resource.url}`);
    expect(resource.causes.map((c) => c.id)).toEqual(threeCauseError.causes.map((c) => c.id));
    expect(resource).not.toHaveProperty("source");
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
