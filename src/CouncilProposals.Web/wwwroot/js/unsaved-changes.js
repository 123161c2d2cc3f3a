// Warns before leaving a section whose form has changes that have not been saved.
export function warnAboutUnsavedChanges(form) {
  let dirty = false;
  const markDirty = () => {
    dirty = true;
  };
  form.addEventListener("input", markDirty);
  form.addEventListener("change", markDirty);
  form.addEventListener("submit", () => {
    dirty = false;
  });
  window.addEventListener("beforeunload", (event) => {
    if (dirty) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
}
