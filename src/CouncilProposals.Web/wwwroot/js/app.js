// Progressive enhancement only: every page works without this script.
import { initAll } from "/lib/govuk-frontend/govuk-frontend.min.js";
import { warnAboutUnsavedChanges } from "./unsaved-changes.js";
import { showLiveTotals } from "./financial-totals.js";
import { revealConditionalQuestions } from "./conditional-radios.js";
import { warnBeforeSignOut } from "./session-timeout.js";
import { showRunningTotal } from "./pack-chooser.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
document.querySelectorAll("form[data-warn-unsaved]").forEach(warnAboutUnsavedChanges);
document.querySelectorAll("form[data-financial-form]").forEach(showLiveTotals);
document.querySelectorAll("[data-module=app-conditional-radios]").forEach(revealConditionalQuestions);
document.querySelectorAll("dialog[data-module=app-session-timeout]").forEach(warnBeforeSignOut);
document.querySelectorAll("form[data-pack-chooser]").forEach(showRunningTotal);
