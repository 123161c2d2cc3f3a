// The GOV.UK timeout warning. A few minutes before the sign-in ends, a modal dialog says so and offers to stay
// signed in: focus moves into it and stays there, Escape or "Stay signed in" renews the sign-in with a small POST,
// and focus goes back where it was. The countdown is read out every 30 seconds, and when the time is up.
const announceEveryMs = 30000;

function describe(seconds) {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [];
  if (minutes > 0) parts.push(`${minutes} minute${minutes === 1 ? "" : "s"}`);
  if (rest > 0 || minutes === 0) parts.push(`${rest} second${rest === 1 ? "" : "s"}`);
  return parts.join(" ");
}

function trapFocus(dialog, event) {
  if (event.key !== "Tab") return;
  const focusable = [...dialog.querySelectorAll("button, a[href], input:not([type=hidden])")];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

export function warnBeforeSignOut(dialog) {
  const sessionMs = Number(dialog.dataset.sessionSeconds) * 1000;
  const warningMs = Number(dialog.dataset.warningSeconds) * 1000;
  const form = dialog.querySelector("form");
  const button = dialog.querySelector("[data-stay]");
  const visible = dialog.querySelector("[data-countdown]");
  const announced = dialog.querySelector("[data-countdown-announced]");
  let endsAt = 0;
  let warnTimer = 0;
  let ticker = 0;
  let lastAnnounced = 0;
  let returnFocus = null;

  const secondsLeft = () => Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));

  const tick = () => {
    const left = secondsLeft();
    const text = left > 0
      ? `We will sign you out in ${describe(left)}.`
      : "You have been signed out.";
    visible.textContent = text;
    if (left === 0 || Date.now() - lastAnnounced >= announceEveryMs) {
      announced.textContent = text;
      lastAnnounced = Date.now();
    }
    if (left === 0) {
      clearInterval(ticker);
      button.textContent = "Continue";
    }
  };

  const open = () => {
    returnFocus = document.activeElement;
    lastAnnounced = 0;
    dialog.showModal();
    button.focus();
    tick();
    ticker = setInterval(tick, 1000);
  };

  const schedule = () => {
    endsAt = Date.now() + sessionMs;
    clearTimeout(warnTimer);
    warnTimer = setTimeout(open, Math.max(0, sessionMs - warningMs));
  };

  const close = () => {
    clearInterval(ticker);
    announced.textContent = "";
    if (dialog.open) dialog.close();
    if (returnFocus && typeof returnFocus.focus === "function") returnFocus.focus();
  };

  const staySignedIn = async () => {
    if (secondsLeft() === 0) {
      close();
      return;
    }
    try {
      const response = await fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin", redirect: "manual" });
      close();
      if (response.status === 204) schedule();
    } catch {
      close();
    }
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    staySignedIn();
  });
  dialog.addEventListener("cancel", (event) => {
    event.preventDefault();
    staySignedIn();
  });
  dialog.addEventListener("keydown", (event) => trapFocus(dialog, event));
  schedule();
}
