// Keeps the Financial impact totals up to date while amounts are typed. The server works them out the same way.
const formatter = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

// The server's number grammar (NumberText.Pattern in the domain): commas only as thousands separators in groups
// of three, so a decimal comma such as "1,5" is refused rather than read as 15.
const numberText = /^(?=[\d,.]*\d)(\d{1,3}(,\d{3})+|\d*)(\.\d*)?$/;

// Reads amounts as the server does (tests/number-examples.json holds both to the same examples): "1,234",
// "£1,234", "1,234.50", "(371)", "12k", "-" or nothing for none; null when the server would refuse it.
export function parseAmount(text) {
  let value = (text ?? "").trim();
  if (value === "" || value === "-" || value === "–" || value === "—") {
    return 0;
  }
  if (value.startsWith("(") && value.endsWith(")")) {
    value = value.slice(1, -1).trim();
  }
  if (value.startsWith("£")) {
    value = value.slice(1).trim();
  }
  if (/^[kK]$/.test(value.slice(-1))) {
    value = value.slice(0, -1).trim();
  }
  if (!numberText.test(value)) {
    return null;
  }
  const amount = Number(value.replaceAll(",", ""));
  return amount <= 9999999 && Math.round(amount * 10) / 10 === amount ? amount : null;
}

const cannotAdd = "Check the amounts";
const savingText = (amount) => (amount === 0 ? "-" : `(${formatter.format(amount)})`);

export function showLiveTotals(form) {
  // A line that cannot be read makes its year's total and the overall total say so, never a total without it.
  const update = () => {
    const totals = new Map();
    const unreadable = new Set();
    form.querySelectorAll("input[data-amount]").forEach((input) => {
      const amount = parseAmount(input.value);
      const year = input.dataset.year;
      if (amount === null) {
        unreadable.add(year);
      }
      totals.set(year, (totals.get(year) ?? 0) + (amount ?? 0));
    });
    const show = (cell, years) => {
      cell.textContent = years.some((year) => unreadable.has(year))
        ? cannotAdd
        : savingText(years.reduce((sum, year) => sum + (totals.get(year) ?? 0), 0));
    };
    form.querySelectorAll("[data-total-year]").forEach((cell) => show(cell, [cell.dataset.totalYear]));
    const total = form.querySelector("[data-total-all]");
    if (total) {
      show(total, [...totals.keys()]);
    }
  };
  form.addEventListener("input", update);
}
