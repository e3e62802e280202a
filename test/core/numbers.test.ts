/**
 * Decimal rounding is what every rate, score and sum the user sees goes through: it must round
 * the value a person typed (9.605 → 9.61), never the float's binary noise (9.60499…), and
 * sums must not show noise (10.1 + 20.2 is 30.3). Checked against an independent BigInt
 * implementation on the 15-digit decimal value, including ties and noisy products.
 */
import { strict as assert } from "assert";
import fc from "fast-check";
import { RoundingMode, fmt2, roundDecimal, sumDecimal } from "../../src/core/numbers";

/** The 15-significant-digit decimal of x, rounded half-up away from zero (or truncated), in BigInt. */
function reference(x: number, places: number, mode: RoundingMode): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const [mantissa, exponent] = Math.abs(x).toExponential(14).split("e");
  const digits = BigInt(mantissa.replace(".", ""));
  const scale = 14 - Number(exponent); // |x| ≈ digits × 10^-scale
  let kept: bigint;
  if (scale <= places) {
    kept = digits * 10n ** BigInt(places - scale);
  } else {
    const unit = 10n ** BigInt(scale - places);
    kept = digits / unit;
    if (mode === "round" && (digits % unit) * 2n >= unit) kept += 1n;
  }
  const value = Number(`${kept}e-${places}`);
  return value === 0 ? 0 : x < 0 ? -value : value;
}

const places = fc.integer({ min: 0, max: 10 });
const mode = fc.constantFrom<RoundingMode>("round", "trunc");
/** Amounts, rates and scores as typed: up to 6 decimals, up to a trillion. */
const typed = fc
  .tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 }))
  .map(([k, q]) => k / 10 ** q);
/** Exact ties at some decimal place, the case a float cannot decide: 9.605, 0.125, -2.5. */
const tie = fc
  .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 8 }))
  .map(([k, q]) => (k * 10 + 5) / 10 ** q);
/** Results of the form's arithmetic: rates, shares of 分值, proportional scores. */
const computed = fc
  .tuple(fc.integer({ min: 0, max: 1e7 }), fc.integer({ min: 1, max: 1e7 }), fc.constantFrom(1, 10, 100, 15, 7.5))
  .map(([a, b, w]) => (a / b) * w);
const anyDouble = fc.double({ min: -1e15, max: 1e15, noNaN: true });

describe("roundDecimal rounds the decimal value, not the binary float", () => {
  it("rounds ties half-up away from zero on the typed value (9.605 → 9.61, 1.005 → 1.01, -2.5 → -3)", () => {
    assert.equal(roundDecimal(9.605, 2), 9.61);
    assert.equal(roundDecimal(1.005, 2), 1.01);
    assert.equal(roundDecimal(-2.5, 0), -3);
    assert.equal(roundDecimal(0.125, 2), 0.13);
    assert.equal(roundDecimal(9.605, 2, "trunc"), 9.6);
  });

  it("removes float noise even when no digit is dropped (0.83 × 10 is 8.3, 0.999 × 10 is 9.99)", () => {
    assert.equal(roundDecimal(0.83 * 10, 2), 8.3);
    assert.equal(roundDecimal(0.999 * 10, 2), 9.99);
    assert.equal(roundDecimal(0.83 * 10, 2, "trunc"), 8.3);
  });

  it("never gives -0", () => {
    assert.ok(Object.is(roundDecimal(-0.001, 2), 0));
    assert.ok(Object.is(roundDecimal(-0.004, 2, "trunc"), 0));
  });

  it("agrees with the BigInt reference on typed values, ties, computed results and any double", () => {
    fc.assert(
      fc.property(fc.oneof(typed, tie, computed, anyDouble), places, mode, (x, p, m) => {
        assert.equal(roundDecimal(x, p, m), reference(x, p, m), `roundDecimal(${x}, ${p}, ${m})`);
      }),
      { numRuns: 20000 },
    );
  });
});

describe("sumDecimal sums without float noise", () => {
  it("sums 10.1 + 20.2 to 30.3 and 0.1 + 0.2 to 0.3", () => {
    assert.equal(sumDecimal([10.1, 20.2]), 30.3);
    assert.equal(sumDecimal([0.1, 0.2]), 0.3);
  });

  it("counts what is not a number as 0, as SUM does", () => {
    assert.equal(sumDecimal([1.5, null, "2", undefined, NaN, 2.25]), 3.75);
  });

  // Amounts and scores are not negative; with large terms cancelling, a double's sum can be
  // off in the 15th digit, which no rounding of the sum can undo.
  it("gives the decimal sum of up to 30 two-decimal amounts (up to a billion each) exactly", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e11 }), { maxLength: 30 }), (cents) => {
        const exact = cents.reduce((s, c) => s + BigInt(c), 0n);
        assert.equal(sumDecimal(cents.map((c) => c / 100)), Number(`${exact}e-2`));
      }),
      { numRuns: 5000 },
    );
  });

  it("prints two decimals as the form does (fmt2)", () => {
    assert.equal(fmt2(sumDecimal([45.99, 2.31])), "48.30");
    assert.equal(fmt2(9.605), "9.61");
  });
});
