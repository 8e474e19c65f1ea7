// Development aid: lists broken content files at the top of every page instead of crashing the site.
// In production the build refuses broken content, so this renders nothing there.
import type { Locale } from "@/lib/schema/entities";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { getContentProblems } from "@/lib/content/source.server";

export async function ContentProblems({ locale }: { locale: Locale }) {
  const problems = (await getContentProblems()).filter((d) => d.severity === "error");
  if (problems.length === 0) return null;
  const t = getUiStrings(locale);
  return (
    <section role="alert" className="border-b-4 border-danger bg-card px-4 py-3">
      <h2 className="font-bold text-danger">{t.contentProblems}</h2>
      <p className="text-sm">{t.contentProblemsBody}</p>
      <ul className="mt-2 font-mono text-sm">
        {problems.map((d) => (
          <li key={`${d.file}:${d.line}:${d.column}:${d.message}`}>
            {d.file}:{d.line}:{d.column} {d.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
