import { strict as assert } from "assert";
import { PANE_POLL_MS, PANE_REQUEST_KEY, postPaneRequest, takePaneRequest, watchPaneRequests } from "../../src/wps/requests";

function storage() {
  const items = new Map<string, string>();
  return { items, PluginStorage: { setItem: (k: string, v: string) => void items.set(k, v), getItem: (k: string) => items.get(k) ?? null, removeItem: (k: string) => void items.delete(k) } };
}

describe("WPS: the ribbon's requests to the task pane (PluginStorage)", () => {
  it("hands a request over once, and drops stale or foreign ones", () => {
    const wps = storage();
    assert.equal(takePaneRequest(wps), undefined);
    postPaneRequest(wps, "check", 1000);
    assert.equal(takePaneRequest(wps, 1500), "check");
    assert.equal(takePaneRequest(wps, 1600), undefined, "taken once");
    postPaneRequest(wps, "check", 1000);
    assert.equal(takePaneRequest(wps, 1000 + 120_000), undefined, "a request the pane was not there to take is stale");
    wps.items.set(PANE_REQUEST_KEY, "{not json");
    assert.equal(takePaneRequest(wps), undefined);
    wps.items.set(PANE_REQUEST_KEY, JSON.stringify({ command: "format C:", at: Date.now() }));
    assert.equal(takePaneRequest(wps), undefined);
    assert.equal(wps.items.size, 0, "whatever it was, it is gone");
  });

  it("waits until the pane is ready, then acts on each request", async () => {
    const wps = storage();
    let ready = false;
    const seen: string[] = [];
    const stop = watchPaneRequests(wps, () => ready, (c) => seen.push(c));
    postPaneRequest(wps, "check");
    await new Promise((r) => setTimeout(r, PANE_POLL_MS * 2));
    assert.deepEqual(seen, [], "not before the pane can check");
    ready = true;
    for (let waited = 0; seen.length === 0 && waited < 100; waited++) await new Promise((r) => setTimeout(r, PANE_POLL_MS));
    assert.deepEqual(seen, ["check"]);
    stop();
  });
});
