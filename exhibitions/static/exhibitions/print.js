// The outputs' "Print" button: shown only where scripts run (a <noscript> hint otherwise).
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
