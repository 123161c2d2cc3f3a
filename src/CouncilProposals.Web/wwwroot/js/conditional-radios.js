// Shows the question that belongs to the chosen radio and hides the others. Without this script every
// conditional question is visible, so the form still works.
export function revealConditionalQuestions(container) {
  const inputs = [...container.querySelectorAll("input[type=radio][data-aria-controls]")];
  const update = () => {
    inputs.forEach((input) => {
      const target = document.getElementById(input.getAttribute("aria-controls"));
      target?.classList.toggle("govuk-radios__conditional--hidden", !input.checked);
    });
  };
  inputs.forEach((input) => {
    input.setAttribute("aria-controls", input.dataset.ariaControls);
    input.removeAttribute("data-aria-controls");
  });
  container.querySelectorAll("input[type=radio]").forEach((input) => input.addEventListener("change", update));
  update();
}
