// The component tests' way to open the whole app at a path against the fake gateway, and the accessibility check run
// on each screen (axe-core: no serious or critical violation; colour contrast is left to the browser tests, as jsdom
// draws nothing). Newer page tests use these; the older ones still hold their own copies.
import { render } from "@testing-library/react";
import axe from "axe-core";
import { expect, vi } from "vitest";
import { App, createQueryClient } from "../App";
import { fakeGateway, type Handler } from "./fakeGateway";

export function renderApp(path: string, routes: Record<string, Handler>) {
  const gateway = fakeGateway(routes);
  vi.stubGlobal("fetch", gateway.fetch);
  window.history.pushState({}, "", path);
  render(<App queryClient={createQueryClient()} />);
  return gateway;
}

export async function expectAccessible() {
  const results = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(" | ")}`)).toEqual([]);
}
