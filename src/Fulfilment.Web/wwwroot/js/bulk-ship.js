// Ship with the buyer's channel, in bulk: the agreement is checked before the confirmation opens; once confirmed, the
// orders ship one by one (each its own request, under the batch's per-order keys) with progress and each result as it
// comes, then the form is posted as without a script, which answers the same results page (nothing ships twice).
(function () {
    "use strict";

    var form = document.getElementById("bulk-ship");
    if (!form) { return; }
    var button = document.getElementById("bulk-ship-button");
    var agreement = document.getElementById("bulk-agreement");
    var error = document.getElementById("bulk-agreement-error");
    var progress = document.getElementById("bulk-progress");
    var bar = progress.querySelector(".progress-bar");
    var text = progress.querySelector(".bulk-progress-text");
    var table = progress.querySelector("table");
    var rows = table.querySelector("tbody");
    var format = window.Fulfilment.format;

    // Runs before the shared confirmation (site.js listens on the document): no dialog while the agreement is unticked.
    button.addEventListener("click", function (event) {
        if (agreement.checked) { return; }
        event.preventDefault();
        event.stopImmediatePropagation();
        error.textContent = error.dataset.requiredMessage;
        agreement.classList.add("is-invalid");
        agreement.setAttribute("aria-invalid", "true");
        agreement.focus();
    });
    agreement.addEventListener("change", function () {
        if (!agreement.checked) { return; }
        error.textContent = "";
        agreement.classList.remove("is-invalid");
        agreement.removeAttribute("aria-invalid");
    });

    var running = false;
    form.addEventListener("submit", async function (event) {
        // Only the confirmed Ship button is shipped order by order; "Update the quotes" posts as usual.
        if (event.submitter !== button || !window.fetch) { return; }
        event.preventDefault();
        if (running) { return; }
        running = true;
        button.disabled = true;
        form.querySelectorAll("[data-testid='bulk-requote']").forEach(function (b) { b.disabled = true; });
        var orders = Array.prototype.map.call(form.querySelectorAll("[data-bulk-order]"), function (i) { return i.value; });
        progress.hidden = false;
        table.hidden = false;
        try {
            for (var i = 0; i < orders.length; i++) {
                text.textContent = format(text.dataset.working, i + 1, orders.length);
                bar.style.width = Math.round(i * 100 / orders.length) + "%";
                var data = new FormData(form);
                data.append("order", orders[i]);
                var response = await fetch(form.dataset.oneUrl, { method: "POST", body: data, credentials: "same-origin" });
                if (!response.ok) { throw new Error(String(response.status)); }
                rows.insertAdjacentHTML("beforeend", await response.text());
            }
            bar.style.width = "100%";
            text.textContent = text.dataset.finishing;
        } catch (e) {
            // Whatever did not ship here ships (once) in the plain post below.
        }
        HTMLFormElement.prototype.submit.call(form);
    });
})();
