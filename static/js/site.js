/* Small enhancements; every page works without this file. */
(function () {
  "use strict";

  // The catalogue's facet block (each filter's options with their counts) is a request
  // of its own, so counting never delays the results. Without this script the page
  // keeps the ticked options and links to a page with every option.
  var facetBlock = document.querySelector("[data-facets-src]");
  if (facetBlock && window.fetch) {
    fetch(facetBlock.dataset.facetsSrc, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (html !== null) {
          facetBlock.innerHTML = html;
          facetBlock.dataset.facetsLoaded = "";
        }
      })
      .catch(function () {
        // The link to every option stays.
      });
  }

  // On narrow screens, fold the catalogue filters away unless some are in use.
  var filters = document.querySelector(".filters__details");
  if (filters && window.matchMedia("(max-width: 59.99em)").matches) {
    var inUse = filters.querySelector("input[type=checkbox]:checked, input[type=number][value]:not([value=''])");
    if (!inUse) {
      filters.removeAttribute("open");
    }
  }

  // "Copy citation" buttons: shown only when the clipboard can be used.
  if (navigator.clipboard) {
    document.querySelectorAll(".js-copy").forEach(function (button) {
      var target = document.getElementById(button.dataset.copyTarget);
      if (!target) {
        return;
      }
      // Screen readers hear "Copied" from a status region (the button's own text change
      // is not announced reliably).
      var status = document.getElementById(button.dataset.copyStatus);
      var label = button.textContent;
      button.hidden = false;
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(target.textContent.replace(/\s+/g, " ").trim()).then(function () {
          button.textContent = button.dataset.copiedText;
          if (status) {
            status.textContent = button.dataset.copiedText;
          }
          window.setTimeout(function () {
            button.textContent = label;
            if (status) {
              status.textContent = "";
            }
          }, 2000);
        });
      });
    });
  }
})();
