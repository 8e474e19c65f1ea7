// What the error page and its guided fix show of a fix, as a reader sees them: an action list that several
// causes share shown once with its possible causes, links in steps that are real links, and a guided fix
// that never repeats a step and ends by asking whether it worked.
import { expect, test, type Page } from "@playwright/test";

const ACTIVATION = "/en/errors/the-activation-did-not-complete-successfully";
const LATEST_VERSION = "https://aka.ms/azurebackup_agent";
const UPGRADE_STEP = "Upgrade the MARS agent to the latest version.";

/** Scrolls to the element and checks that a reader sees it, inside the viewport. */
async function expectSeen(page: Page, locator: ReturnType<Page["locator"]>) {
  await locator.scrollIntoViewIfNeeded();
  await expect(locator).toBeVisible();
  await expect(locator).toBeInViewport();
}

test("causes that share one action list are possible causes, and the steps are shown once", async ({
  page,
}) => {
  await page.goto(ACTIVATION);
  const main = page.getByRole("main");
  await expectSeen(page, main.getByRole("heading", { name: "Possible causes" }));
  const causes = main.locator("[data-cause]");
  await expect(causes).toHaveCount(3);
  for (const title of [
    "The scratch folder is on a volume without enough free space",
    "The scratch folder was moved the wrong way",
    "The OnlineBackup.KEK file is missing",
  ]) {
    await expectSeen(page, causes.getByRole("heading", { name: title }));
  }
  const upgrade = main.getByText(UPGRADE_STEP, { exact: true });
  await expect(upgrade).toHaveCount(1);
  await expectSeen(page, upgrade);
  await expectSeen(page, main.getByText("For all the possible causes above"));
});

test("a link in a fix step is a real link on the error page", async ({ page }) => {
  await page.goto(ACTIVATION);
  const link = page.getByRole("main").getByRole("link", { name: "latest version" });
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute("href", LATEST_VERSION);
  await expectSeen(page, link);
});

test("the guided fix tries the shared steps once, with the possible causes, and asks whether it worked", async ({
  page,
}) => {
  await page.goto(ACTIVATION);
  await page.getByRole("link", { name: "Start the guided fix" }).click();
  await expect(page).toHaveURL(/\/fix$/);
  await expect(page.getByTestId("flow-progress")).toHaveText("Step 1 of 1");
  const step = page.locator("[data-position]");
  await expectSeen(page, step.getByText("Possible causes:"));
  await expectSeen(page, step.getByText("The OnlineBackup.KEK file is missing"));
  await expect(step.getByText(UPGRADE_STEP, { exact: true })).toHaveCount(1);
  await expectSeen(page, step.getByText("Did this fix it?"));
  // The link survives into the guided step as a link.
  const link = step.getByRole("link", { name: "latest version" });
  await expect(link).toHaveAttribute("href", LATEST_VERSION);
  await expectSeen(page, link);
  await step.locator('[data-choice="no"]').click();
  await expect(step).toHaveAttribute("data-position", "escalate");
});

test("answering No twice on 34513 reaches the third cause's fix, survives a reload and goes Back", async ({
  page,
}) => {
  const third = "exclude-agent-folders-from-antivirus";
  await page.goto("/en/errors/invalid-vault-credentials-provided/fix");
  const step = page.locator("[data-position]");
  await expect(page.getByTestId("flow-progress")).toHaveText("Step 1 of 3");
  await expectSeen(page, step.getByText("The vault credentials aren't valid"));
  for (const expected of ["Step 2 of 3", "Step 3 of 3"]) {
    await step.locator('[data-choice="no"]').click();
    await expect(page.getByTestId("flow-progress")).toHaveText(expected);
  }
  await expect(page).toHaveURL(new RegExp(`/fix/${third}(\\?|$)`));
  // The first match is the step itself; the trail of answers below names it too.
  await expectSeen(page, step.getByText("Antivirus software blocks the registration").first());
  await page.reload();
  await expect(step).toHaveAttribute("data-position", third);
  await expect(page.getByTestId("flow-trail")).toContainText("No");
  await page.getByRole("link", { name: "Back", exact: true }).click();
  await expect(step).not.toHaveAttribute("data-position", third);
  await page.goBack();
  await expect(step).toHaveAttribute("data-position", third);
});

test("the restore procedure asks whether the recovery worked before it says the problem is solved", async ({
  page,
}) => {
  await page.goto("/en/flows/troubleshoot-restore-problems/step-9");
  const step = page.locator("[data-position]");
  await expectSeen(page, step.getByText("Did the recovery work?"));
  await expect(step.locator('[data-choice="next"]')).toHaveCount(0);
  await step.locator('[data-choice="yes"]').click();
  await expect(step).toHaveAttribute("data-position", "done");
});
