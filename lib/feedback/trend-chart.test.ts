import { describe, expect, it } from "vitest";
import { buildTrendChart } from "./trend-chart";

describe("the trend chart", () => {
  it("scales every series to the largest value, top to bottom within the padding", () => {
    const chart = buildTrendChart(
      [
        [0, 5, 10],
        [10, 0, 0],
      ],
      100,
      50,
      5,
    );
    expect(chart.max).toBe(10);
    expect(chart.lines).toEqual(["5,45 50,25 95,5", "5,5 50,45 95,45"]);
  });

  it("draws an all-zero period as a flat line and a single day in the middle", () => {
    expect(buildTrendChart([[0, 0]], 20, 10, 0).lines).toEqual(["0,10 20,10"]);
    expect(buildTrendChart([[3]], 20, 10, 0).lines).toEqual(["10,0"]);
  });
});
