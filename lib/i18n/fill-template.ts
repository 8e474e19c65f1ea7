/** Fills `{name}` placeholders in a translated text (kept apart from the tables so browser code can use it alone). */

/** Fills `{name}` placeholders; an unknown name is left as written so a typo shows instead of vanishing. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
