/**
 * The boundary's events on Excel (docs: excel/excel-add-ins-events.md): the user's edits and
 * selections reach the handler by sheet name, the add-in's own saving does not, and an
 * unsubscribed handler hears nothing more.
 */
import { strict as assert } from "assert";
import { officeHost } from "../../src/host/office";
import type { HostEventDetail } from "../../src/host/types";
import { checkWorkbook } from "../../src/office";
import { seedSpecs, simOf } from "./simHost";

/** Waits (a few event loop turns) until `ready` holds. */
async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ready(); i++) await new Promise((r) => setTimeout(r, 5));
  assert.ok(ready(), "the event never came");
}

const settle = () => new Promise((r) => setTimeout(r, 50));

describe("host events on Excel", () => {
  it("reports the user's edits, selections and sheet switches by sheet name, until unsubscribed", async () => {
    const specs = seedSpecs("plain");
    const sim = simOf(specs);
    const host = officeHost();
    const seen: [string, HostEventDetail][] = [];
    const stops = await Promise.all(
      (["sheetChanged", "selectionChanged", "sheetActivated"] as const).map((event) => host.on(event, (d) => seen.push([event, d]))),
    );
    assert.equal(sim.events.count("changed"), 1);

    sim.setValue(specs[1].name, "c5", 12);
    await until(() => seen.length === 1);
    assert.deepEqual(seen[0], ["sheetChanged", { sheet: specs[1].name, address: "C5" }]);

    sim.select(specs[2].name, "D7:E8");
    await until(() => seen.length === 3);
    assert.deepEqual(seen.slice(1).sort(), [
      ["selectionChanged", { sheet: specs[2].name, address: "D7:E8" }],
      ["sheetActivated", { sheet: specs[2].name }],
    ]);

    await checkWorkbook(); // paints fills and saves its record in its own sheet
    await settle();
    assert.equal(seen.length, 3, "the add-in's own saving is not news");

    for (const stop of stops) await stop();
    assert.equal(sim.events.count("changed") + sim.events.count("selectionChanged") + sim.events.count("activated"), 0);
    sim.setValue(specs[1].name, "C6", 1);
    await settle();
    assert.equal(seen.length, 3);
  });
});
