"use client";
// At the done end of a static guided fix: "What fixed it (step N)" for the step the reader answered Yes on,
// read from the trail in the URL. Every candidate is rendered on the server; without a trail none shows.
import { useAnsweredStep } from "./use-flow-trail";

export function FixedByChoice({ options }: { options: Record<string, React.ReactNode> }) {
  const answered = useAnsweredStep();
  return answered !== undefined && Object.hasOwn(options, answered) ? options[answered] : null;
}
