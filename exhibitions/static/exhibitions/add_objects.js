// "Tick all" box for the add-objects page; without JavaScript every box is still ticked.
document.addEventListener("DOMContentLoaded", () => {
  const toggle = document.querySelector(".js-toggle-all");
  if (!toggle) return;
  const boxes = [...document.querySelectorAll('input[name="items"]')];
  toggle.hidden = false;
  toggle.setAttribute("aria-label", toggle.closest("label").textContent.trim());
  toggle.addEventListener("change", () => boxes.forEach((box) => { box.checked = toggle.checked; }));
});
