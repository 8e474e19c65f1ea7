/**
 * Checks a parsed MDX tree against the Fixpath content format without executing it: only the listed
 * components with literal-string props, no import/export, no {expressions}, no raw HTML, no on* handlers,
 * no script URLs, and components only where they belong.
 */
import type { Root } from "mdast";
import type { Node } from "unist";
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from "mdast-util-mdx-jsx";
import type { Diagnostic } from "@/lib/schema/entities";
import {
  ALLOWED_COMPONENTS_TEXT,
  COMPONENTS,
  ID_PATTERN,
  isComponentName,
  type ComponentName,
} from "./component-spec";
import { isJsxElement, isParent, readProp, type JsxElement } from "./mdx-node";
import { findInvisibleCharacter } from "./printable";
import { scriptCapableScheme } from "./url-safety";

/** Returns every content-format problem in the tree, in document order. */
export function validateMdx(tree: Root, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = (node: Node | undefined, message: string, severity: Diagnostic["severity"] = "error") => {
    const start = node?.position?.start;
    diagnostics.push({ file, line: start?.line ?? 1, column: start?.column ?? 1, severity, message });
  };
  walk(tree, undefined, report);
  return diagnostics;
}

type Report = (node: Node | undefined, message: string, severity?: Diagnostic["severity"]) => void;

function walk(node: Node, enclosing: ComponentName | undefined, report: Report): void {
  checkNode(node, enclosing, report);
  if (!isParent(node)) return;
  const inner = isJsxElement(node) && isComponentName(node.name) ? node.name : enclosing;
  for (const child of node.children) walk(child, inner, report);
}

function checkNode(node: Node, enclosing: ComponentName | undefined, report: Report): void {
  switch (node.type) {
    case "mdxjsEsm":
      report(
        node,
        "import/export is not allowed: Fixpath MDX is content only; delete the statement (components are provided by the site)",
      );
      return;
    case "mdxFlowExpression":
    case "mdxTextExpression":
      report(
        node,
        "{expressions} are not allowed: write the text itself, or escape a literal brace as `\\{`",
      );
      return;
    case "link":
    case "image":
    case "definition":
      checkUrl(node as Node & { url: string }, report);
      return;
    case "mdxJsxFlowElement":
    case "mdxJsxTextElement":
      checkElement(node as JsxElement, enclosing, report);
      return;
  }
}

function checkUrl(node: Node & { url: string }, report: Report): void {
  const scheme = scriptCapableScheme(node.url);
  if (scheme)
    report(
      node,
      `${scheme}: URLs are not allowed in links or images: link to an https:// address or a site path`,
    );
}

function checkElement(element: JsxElement, enclosing: ComponentName | undefined, report: Report): void {
  if (!isComponentName(element.name)) {
    const tag = element.name === null ? "<>" : `<${element.name}>`;
    report(
      element,
      `${tag} is not allowed: Fixpath MDX allows only ${ALLOWED_COMPONENTS_TEXT}; use Markdown for formatting`,
    );
    for (const attribute of element.attributes) checkEventHandler(attribute, report);
    return;
  }
  const spec = COMPONENTS[element.name];
  for (const attribute of element.attributes) checkAttribute(element.name, attribute, report);
  for (const [prop, propSpec] of Object.entries(spec.props)) {
    if (propSpec.required && readProp(element, prop) === undefined && !hasAttribute(element, prop)) {
      report(element, `<${element.name}> needs the prop ${prop}="…"`);
    }
  }
  if (spec.parents && !(enclosing && spec.parents.includes(enclosing))) {
    const where = spec.parents.map((p) => `<${p}>`).join(" or ");
    report(element, `<${element.name}> must be inside ${where}${enclosing ? `, not <${enclosing}>` : ""}`);
  }
  if (element.name === "Step") checkStepBranches(element, report);
}

function hasAttribute(element: JsxElement, name: string): boolean {
  return element.attributes.some((a) => a.type === "mdxJsxAttribute" && a.name === name);
}

function checkEventHandler(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute, report: Report): boolean {
  if (attribute.type === "mdxJsxAttribute" && /^on/i.test(attribute.name)) {
    report(
      attribute,
      `${attribute.name} attributes are not allowed: content cannot run scripts; delete the attribute`,
    );
    return true;
  }
  return false;
}

function checkAttribute(
  component: ComponentName,
  attribute: MdxJsxAttribute | MdxJsxExpressionAttribute,
  report: Report,
): void {
  if (attribute.type === "mdxJsxExpressionAttribute") {
    report(attribute, `{…} spread props are not allowed on <${component}>: write each prop as name="value"`);
    return;
  }
  if (checkEventHandler(attribute, report)) return;
  const spec = COMPONENTS[component].props[attribute.name];
  if (!spec) {
    const allowed = Object.keys(COMPONENTS[component].props);
    const list = allowed.length ? `only ${allowed.join(", ")}` : "no props";
    report(attribute, `<${component}> has no prop "${attribute.name}": it takes ${list}`);
    return;
  }
  if (attribute.value === null || attribute.value === undefined) {
    report(attribute, `${attribute.name} on <${component}> needs a value: write ${attribute.name}="…"`);
    return;
  }
  if (typeof attribute.value !== "string") {
    report(
      attribute,
      `${attribute.name}={…} on <${component}> is an expression: props must be literal strings, e.g. ${attribute.name}="…"`,
    );
    return;
  }
  checkPropValue(component, attribute.name, attribute.value, spec, attribute, report);
}

function checkPropValue(
  component: ComponentName,
  name: string,
  value: string,
  spec: (typeof COMPONENTS)[ComponentName]["props"][string],
  node: Node,
  report: Report,
): void {
  const invisible = name === "codes" ? findInvisibleCharacter(value) : undefined;
  if (invisible) {
    report(
      node,
      `codes on <${component}> hold an invisible character (${invisible.name} at character ${invisible.index}): codes must be printable; delete it`,
    );
  } else if (spec.values && !spec.values.includes(value)) {
    report(
      node,
      `${name}="${value}" on <${component}> is not one of ${spec.values.map((v) => `"${v}"`).join(", ")}`,
    );
  } else if (spec.id && !ID_PATTERN.test(value)) {
    report(
      node,
      `${name}="${value}" on <${component}> is not a valid id: use lower-case words joined by hyphens, e.g. "sal-low-disk-space"`,
    );
  } else if (
    spec.ids &&
    !value
      .trim()
      .split(/\s+/)
      .every((id) => ID_PATTERN.test(id))
  ) {
    report(
      node,
      `${name}="${value}" on <${component}> must be ids separated by spaces, e.g. "cause-1 cause-3"`,
    );
  } else if (spec.target && !ID_PATTERN.test(value)) {
    report(
      node,
      `${name}="${value}" on <${component}> must name a step id in this flow, "done" or "escalate"`,
    );
  } else if (value.trim() === "") {
    report(node, `${name}="" on <${component}> is empty: give it a value or leave the prop out`);
  }
}

function checkStepBranches(step: JsxElement, report: Report): void {
  const question = readProp(step, "question");
  const yes = readProp(step, "yes");
  const no = readProp(step, "no");
  if (question !== undefined) {
    const missing = [yes === undefined ? "yes" : "", no === undefined ? "no" : ""].filter(Boolean);
    if (missing.length)
      report(
        step,
        `<Step> with a question needs ${missing.map((m) => `${m}="…"`).join(" and ")}: name the step to go to, "done" or "escalate"`,
      );
  } else if (yes !== undefined || no !== undefined) {
    report(step, `<Step> has yes/no but no question: add question="…" or use next="…"`);
  }
}
