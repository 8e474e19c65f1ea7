// The sign-in form of the insights: the admin token, posted once; the server answers with a session cookie.
export function InsightsSignIn({ problem }: { problem?: "failed" | "busy" }) {
  return (
    <main id="main" className="mx-auto max-w-md space-y-4 px-4 py-10">
      <h1 className="text-2xl font-bold">Fixpath insights</h1>
      <p className="text-muted">
        Sign in with the admin token (FIXPATH_ADMIN_TOKEN) to see what readers found and missed.
      </p>
      {problem && (
        <p role="alert" className="rounded border border-danger px-3 py-2 text-danger">
          {problem === "busy"
            ? "Too many attempts. Wait a minute and try again."
            : "That token is not right."}
        </p>
      )}
      <form method="post" action="/insights/session" className="space-y-3">
        <label htmlFor="insights-token" className="block font-semibold">
          Admin token
        </label>
        <input
          id="insights-token"
          name="token"
          type="password"
          required
          autoComplete="current-password"
          className="block w-full rounded border border-line bg-page px-3 py-2 text-ink"
        />
        <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-accent-ink">
          Sign in
        </button>
      </form>
    </main>
  );
}
