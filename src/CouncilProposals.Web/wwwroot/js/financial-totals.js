// Keeps the Financial impact totals up to date while amounts are typed. The server works them out the same way.
const formatter = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

// Reads amounts as the server does: "1,234", "£1,234", "1234.5", "(371)", "-" for none; null when not an amount.
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
  if (!/^(\d{1,3}(,\d{3})*|\d+)(\.\d)?$/.test(value)) {
    return null;
  }
  const amount = Number(value.replaceAll(",", ""));
  return amount <= 9999999 ? amount : null;
}

const savingText = (amount) => (amount === 0 ? "-" : `(${formatter.format(amount)})`);

export function showLiveTotals(form) {
  const update = () => {
    const totals = new Map();
    let all = 0;
    form.querySelectorAll("input[data-amount]").forEach((input) => {
      const amount = parseAmount(input.value) ?? 0;
      const year = input.dataset.year;
      totals.set(year, (totals.get(year) ?? 0) + amount);
      all += amount;
    });
    form.querySelectorAll("[data-total-year]").forEach((cell) => {
      cell.textContent = savingText(totals.get(cell.dataset.totalYear) ?? 0);
    });
    const total = form.querySelector("[data-total-all]");
    if (total) {
      total.textContent = savingText(all);
    }
  };
  form.addEventListener("input", update);
}
