// Fix text the importer could not structure, and errors with no fix at all, as a reader sees them on the fixture
// site (test-fixtures/e2e-content; e2e/fixture-sites.ts): never dropped, never a guided fix to nowhere.
import { expect, test, type Locator } from "@playwright/test";

const BODY_ONLY = "/en/errors/vm-not-in-a-state-that-allows-backups";
const REFERENCE = "/en/errors/quota-reference-entry";

async function expectSeen(locator: Locator) {
  await locator.scrollIntoViewIfNeeded();
  await expect(locator).toBeVisible();
  await expect(locator).toBeInViewport();
}

test("an error whose fix is only a body shows that text, with its list, link, code and note", async ({
  page,
}) => {
  await page.goto(BODY_ONLY);
  const body = page.getByTestId("error-body");
  await expectSeen(body.getByRole("heading", { name: "What to do" }));
  await expectSeen(body.getByText("The backup stops because the virtual machine reports a"));
  await expectSeen(body.getByText("wait until it settles, then start the backup again"));
  await expectSeen(body.locator("code", { hasText: "getenforce" }));
  const link = body.getByRole("link", { name: "how the agent works" });
  await expect(link).toHaveAttribute(
    "href",
    "https://learn.microsoft.com/azure/virtual-machines/extensions/agent-linux",
  );
  await expectSeen(link);
  await expectSeen(body.getByText("A machine that was just resized can take a few minutes"));
  await expect(page.getByTestId("no-fix")).toHaveCount(0);
});

test("its guided fix follows the body as one step and asks whether it worked", async ({ page }) => {
  await page.goto(BODY_ONLY);
  await page.getByRole("link", { name: "Start the guided fix" }).click();
  await expect(page).toHaveURL(/\/fix$/);
  await expect(page.getByTestId("flow-progress")).toHaveText("Step 1 of 1");
  const step = page.locator("[data-position]");
  await expectSeen(step.getByText("Follow these instructions"));
  await expectSeen(step.getByText("wait until it settles, then start the backup again"));
  await expectSeen(step.getByRole("link", { name: "how the agent works" }));
  await expect(step.getByText("No fix is documented")).toHaveCount(0);
  await expectSeen(step.getByText("Did this fix it?"));
  await step.locator('[data-choice="yes"]').click();
  await expect(step).toHaveAttribute("data-position", "done");
});

test("an error with no documented fix says so, and offers no guided fix", async ({ page }) => {
  await page.goto(REFERENCE);
  await expectSeen(page.getByTestId("error-message"));
  await expectSeen(page.getByTestId("no-fix").getByText("No fix is documented for this error yet."));
  await expect(page.getByRole("link", { name: "Start the guided fix" })).toHaveCount(0);
});

test("the API gives the body as Markdown and as plain text", async ({ request }) => {
  const response = await request.get(`/api/v1/errors/vm-not-in-a-state-that-allows-backups`);
  expect(response.status()).toBe(200);
  const error = await response.json();
  expect(error.actions).toEqual([]);
  expect(error.body.markdown).toContain(
    "[how the agent works](https://learn.microsoft.com/azure/virtual-machines/extensions/agent-linux)",
  );
  expect(error.body.markdown).toContain("> [!NOTE]");
  expect(error.body.text).toContain("read how the agent works");
});
