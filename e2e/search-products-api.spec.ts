// The search API's product facet and filter, on the bundled content: counts per product, `product=` narrows,
// and a hostile `product=` is refused with a clear message, never echoed as markup.
import { expect, test } from "@playwright/test";

const PRODUCT = "Azure Backup MARS agent";

for (const endpoint of ["/api/search", "/api/v1/search"]) {
  test(`${endpoint} counts matches per product and narrows to one with product=`, async ({ request }) => {
    const all = await (await request.get(`${endpoint}?q=vault&locale=en`)).json();
    expect(all.products).toEqual([{ product: PRODUCT, count: all.products[0].count }]);
    expect(all.products[0].count).toBeGreaterThan(0);
    expect(all.match).toBe("good");
    const narrowed = await (
      await request.get(`${endpoint}?q=vault&locale=en&product=${encodeURIComponent(PRODUCT.toLowerCase())}`)
    ).json();
    expect(narrowed.product).toBe(PRODUCT);
    expect(narrowed.results.length).toBeGreaterThan(0);
    expect(narrowed.results.every((r: { product: string }) => r.product === PRODUCT)).toBe(true);
    const elsewhere = await (
      await request.get(`${endpoint}?q=vault&locale=en&product=Other%20product`)
    ).json();
    expect(elsewhere.results).toEqual([]);
    expect(elsewhere.products[0].product).toBe(PRODUCT);
  });

  test(`${endpoint} refuses a product= that is too long or holds control characters`, async ({ request }) => {
    const long = await request.get(`${endpoint}?q=vault&product=${"x".repeat(201)}`);
    expect(long.status()).toBe(400);
    expect((await long.json()).error.message).toMatch(/product is too long/);
    const control = await request.get(`${endpoint}?q=vault&product=a%00%3Cscript%3E`);
    expect(control.status()).toBe(400);
    expect(await control.text()).not.toContain("<script>");
  });
}
