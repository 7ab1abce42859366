// Arrange page: drag and drop, with "Move up"/"Move down" buttons and the section menu as the
// keyboard alternative. Every move rewrites the hidden numbers and section menus, so the form
// posts the order seen on screen; without JavaScript the numbers and menus are edited by hand.
(() => {
  "use strict";

  const form = document.querySelector(".js-arrange");
  if (!form) return;
  const status = form.querySelector(".js-arrange-status");
  const lists = [...form.querySelectorAll(".arrange-list")];
  const text = {
    up: form.dataset.up || "Move up",
    down: form.dataset.down || "Move down",
  };
  let dragged = null;

  const rowsOf = (list) => [...list.querySelectorAll(":scope > .arrange-row")];
  const groupName = (list) => list.closest(".arrange-group").querySelector("h2").firstChild.textContent.trim();

  function renumber() {
    for (const list of lists) {
      const rows = rowsOf(list);
      rows.forEach((row, index) => {
        row.querySelector('input[type="number"]').value = index + 1;
        row.querySelector(".js-section").value = list.dataset.section;
      });
      const count = list.closest(".arrange-group").querySelector(".arrange-count");
      if (count) count.textContent = `(${rows.length})`;
    }
  }

  function announce(row) {
    const list = row.parentElement;
    const place = rowsOf(list).indexOf(row) + 1;
    status.textContent = `${row.dataset.title}: ${groupName(list)}, ${place}`;
  }

  function move(row, direction) {
    const list = row.parentElement;
    const sibling = direction < 0 ? row.previousElementSibling : row.nextElementSibling;
    if (sibling) {
      list.insertBefore(row, direction < 0 ? sibling : sibling.nextElementSibling);
    } else {
      const next = lists[lists.indexOf(list) + direction];
      if (!next) return;
      if (direction < 0) next.append(row); else next.prepend(row);
    }
    renumber();
    announce(row);
  }

  for (const row of form.querySelectorAll(".arrange-row")) {
    row.draggable = true;
    const controls = row.querySelector(".arrange-controls");
    for (const [direction, label] of [[-1, text.up], [1, text.down]]) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "button arrange-move";
      button.textContent = direction < 0 ? "↑" : "↓";
      button.setAttribute("aria-label", `${label}: ${row.dataset.title}`);
      button.title = label;
      button.addEventListener("click", () => { move(row, direction); button.focus(); });
      controls.append(button);
    }
    row.querySelector(".js-number").hidden = true;
    row.querySelector(".js-section").addEventListener("change", (event) => {
      const target = lists.find((list) => list.dataset.section === event.target.value);
      target.append(row);
      renumber();
      announce(row);
      event.target.focus();
    });
    row.addEventListener("dragstart", (event) => {
      dragged = row;
      row.classList.add("is-dragging");
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", row.dataset.title);
    });
    row.addEventListener("dragend", () => {
      row.classList.remove("is-dragging");
      dragged = null;
      renumber();
    });
  }

  for (const list of lists) {
    list.addEventListener("dragover", (event) => {
      if (!dragged) return;
      event.preventDefault();
      const after = rowsOf(list).find((row) => {
        const box = row.getBoundingClientRect();
        return row !== dragged && event.clientY < box.top + box.height / 2;
      });
      list.insertBefore(dragged, after || null);
    });
    list.addEventListener("drop", (event) => {
      event.preventDefault();
      if (dragged) announce(dragged);
    });
  }
})();
