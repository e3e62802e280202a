import { strict as assert } from "assert";
import { EXECRATE, INDSCORE, PERFGRADE } from "../../../src/functions/functions";
import { FUNCTION_NAMES, cellFunction, registerFunctions } from "../../../src/host/wps/functions";
import { WpsBook } from "../../wps-sim/wps";
import { useBook } from "./support";

const wps = () => (globalThis as unknown as { wps: Parameters<typeof registerFunctions>[0] }).wps;

describe("WPS: the PERF functions as custom functions", () => {
  it("registers the five PERF functions where the WPS build supports custom functions", () => {
    const host = useBook(new WpsBook(undefined, { build: "12.1.0.20540" }));
    assert.equal(registerFunctions(wps()), true);
    assert.deepEqual([...host.functions.keys()].sort(), FUNCTION_NAMES.map((n) => `PERF.${n}`).sort());
    const call = (name: string, ...args: unknown[]) => host.functions.get(`PERF.${name}`)!(...args);
    assert.equal(call("EXECRATE", 48.3, 45.99), EXECRATE(48.3, 45.99));
    assert.equal(call("EXECRATE", "2,270.22", "2,255.22"), 99.34);
    assert.equal(call("PERFGRADE", 85.27), PERFGRADE(85.27));
    assert.equal(call("TARGETMET", "≥90.00(%)", "95%"), true);
    assert.equal(call("INDSCORE", "≥5(人)", "2(人)", 10), INDSCORE("≥5(人)", "2(人)", 10));
  });

  it("gives the spreadsheet error's code for bad arguments, as Excel's functions give the error", () => {
    const host = useBook(new WpsBook());
    registerFunctions(wps());
    const call = (name: string, ...args: unknown[]) => host.functions.get(`PERF.${name}`)!(...args);
    assert.equal(call("EXECRATE", 0, 5), "#DIV/0!");
    assert.equal(call("EXECRATE", "许多", 5), "#VALUE!");
    assert.equal(call("PERFGRADE", 120), "#NUM!");
    assert.equal(call("TARGETMET", "及时", "及时"), "#N/A");
    assert.equal(cellFunction(() => { throw new Error("x"); })(), "#VALUE!");
  });

  it("registers nothing on a WPS build without custom functions", () => {
    const host = useBook(new WpsBook(undefined, { build: "12.1.0.19770" }));
    assert.equal(registerFunctions(wps()), false);
    assert.equal(host.functions.size, 0);
  });
});
