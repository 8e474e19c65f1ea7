// The maintainers' insights: sign in with the admin token, see the gaps, failing fixes and drop-off that
// readers just produced, export a table; and the API's 401/200 contract. The test server runs with
// FIXPATH_ADMIN_TOKEN = E2E_ADMIN_TOKEN (playwright.config.ts).
import { expect, test, type APIRequestContext } from "@playwright/test";
import { E2E_ADMIN_TOKEN } from "./feedback-env";
import { watchPageProblems } from "./helpers";

let errorId: string;
let causeId: string;
/** An unknown code, unique per run so its row is this run's. */
const unknownCode = `0x${(0x70000000 + Math.floor(Math.random() * 0x0fffffff)).toString(16).toUpperCase()}`;

test.beforeAll(async ({ request }) => {
  const answer = await (await request.get("/api/v1/codes/34513?locale=en")).json();
  errorId = answer.errors[0].id;
  const error = await (await request.get(`/api/v1/errors/${errorId}?locale=en`)).json();
  causeId = error.causes[0].id;
});

/** A reader searches for a code nobody documented, in two spellings, and answers No under a cause. */
async function actAsReader(request: APIRequestContext) {
  await request.get(`/en/search?q=${encodeURIComponent(unknownCode)}`);
  await request.get(`/en/search?q=${encodeURIComponent(`error ${unknownCode.toLowerCase()}`)}`);
  const no = await request.post("/api/v1/feedback", {
    data: {
      locale: "en",
      errorId,
      causeId,
      outcome: "not-fixed",
      comment: "The scratch folder was already on a large volume",
    },
  });
  expect(no.status()).toBe(202);
}

test("the API needs the token: 401 without or with a wrong one, 200 with it", async ({ request }) => {
  expect((await request.get("/api/v1/insights")).status()).toBe(401);
  const wrong = await request.get("/api/v1/insights", { headers: { Authorization: "Bearer wrong" } });
  expect(wrong.status()).toBe(401);
  const response = await request.get("/api/v1/insights", {
    headers: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` },
  });
  expect(response.status()).toBe(200);
  const insights = await response.json();
  expect(Object.keys(insights)).toEqual(expect.arrayContaining(["gaps", "zeroResults", "causes", "flows"]));
  const bad = await request.get("/api/v1/insights?from=2025-02-30", {
    headers: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` },
  });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.field).toBe("from");
});

test("a maintainer signs in, sees the gaps and failing fixes, exports a table and signs out", async ({
  page,
  request,
}) => {
  await actAsReader(request);
  const problems = await watchPageProblems(page);
  await page.goto("/insights");
  await page.getByLabel("Admin token").fill("not the token");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not right" })).toBeVisible();

  await page.getByLabel("Admin token").fill(E2E_ADMIN_TOKEN);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Fixpath insights" })).toBeVisible();
  const cookie = (await page.context().cookies()).find((c) => c.name === "fixpath_admin");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict" });

  // Both spellings of the unknown code are one gap, with a link to search for it.
  const gaps = page.locator('[data-insights="gaps"]');
  const gap = gaps.getByRole("row").filter({ hasText: unknownCode });
  await expect(gap).toBeVisible();
  await expect(gap.getByRole("cell").nth(2)).toHaveText("2");
  await expect(gap.getByRole("link", { name: "Search" })).toHaveAttribute("href", /\/en\/search\?q=/);

  const failing = page.locator('[data-insights="causes"]');
  await failing.scrollIntoViewIfNeeded();
  await expect(failing.getByRole("row").nth(1)).toBeInViewport();
  await expect(page.locator('[data-insights="comments"]')).toContainText("already on a large volume");
  await expect(page.locator('[data-insights="trend"] svg').first()).toBeVisible();

  const download = page.waitForEvent("download");
  await gaps.getByRole("link", { name: "CSV" }).click();
  const file = await download;
  const csv = await (await file.createReadStream()).toArray();
  const text = Buffer.concat(csv).toString("utf8");
  expect(text.split("\r\n")[0]).toBe("code,normalized,searches,locale");
  expect(text).toContain(unknownCode);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByLabel("Admin token")).toBeVisible();
  expect(problems).toEqual([]);
});
