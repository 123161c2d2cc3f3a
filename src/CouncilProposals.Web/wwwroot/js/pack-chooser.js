// Updates the pack's count and total as boxes are ticked or cleared, before they are saved.
// Amounts arrive in whole hundreds of pounds (data-total), so the sums stay exact.
const savingText = (hundreds) =>
  hundreds === 0 ? "-" : `(${(hundreds / 10).toLocaleString("en-GB", { maximumFractionDigits: 1 })})`;

export function showRunningTotal(form) {
  const panel = document.querySelector("[data-running-total]");
  const count = panel?.querySelector("[data-running-count]");
  const total = panel?.querySelector("[data-running-total-amount]");
  const note = panel?.querySelector("[data-running-note]");
  if (!count || !total || !note) {
    return;
  }

  const boxes = [...form.querySelectorAll("input[type=checkbox][data-total]")];
  const update = () => {
    let proposals = Number(count.dataset.saved);
    let hundreds = Number(total.dataset.saved);
    let changed = false;
    for (const box of boxes) {
      if (box.checked !== box.defaultChecked) {
        const sign = box.checked ? 1 : -1;
        proposals += sign;
        hundreds += sign * Number(box.dataset.total);
        changed = true;
      }
    }

    count.textContent = proposals.toLocaleString("en-GB");
    total.textContent = savingText(hundreds);
    note.hidden = !changed;
  };
  form.addEventListener("change", update);
}
