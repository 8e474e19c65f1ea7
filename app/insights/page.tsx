// /insights: what readers searched for and did not find, which fixes fail, and where guided fixes lose them.
// Only with FIXPATH_ADMIN_TOKEN set (404 otherwise); a sign-in form until the reader proves the token.
import { cookies, headers } from "next/headers";
import { notFound } from "next/navigation";
import { ADMIN_COOKIE } from "@/lib/feedback/admin-session";
import { authorizeInsights, loadInsightsPage } from "@/lib/feedback/feedback-handlers.server";
import { InsightsSignIn } from "@/components/insights/insights-sign-in";
import { InsightsDashboard } from "@/components/insights/insights-dashboard";
import { InsightsHeader } from "@/components/insights/insights-header";

export default async function InsightsPage({ searchParams }: PageProps<"/insights">) {
  const access = authorizeInsights({
    headers: await headers(),
    cookie: (await cookies()).get(ADMIN_COOKIE)?.value,
  });
  if (access === "off") notFound();
  const query = await searchParams;
  const first = (name: string) => [query[name]].flat()[0];
  if (access === "denied") {
    const problem = first("signin");
    return <InsightsSignIn {...(problem === "failed" || problem === "busy" ? { problem } : {})} />;
  }
  const data = await loadInsightsPage(first("from"), first("to"));
  return (
    <main id="main" className="mx-auto w-full max-w-5xl space-y-6 px-4 py-6">
      <InsightsHeader period={data.period} {...(data.problem ? { problem: data.problem } : {})} />
      {data.insights && data.labels ? (
        <InsightsDashboard insights={data.insights} labels={data.labels} />
      ) : (
        <p role="alert" className="rounded border border-danger px-3 py-2 text-danger">
          The feedback database is unavailable right now, so there are no insights to show. Pages and search
          keep working; try again in a minute.
        </p>
      )}
    </main>
  );
}
