// Channel editing: add and remove rate rows (names renumbered so the list binds), and preview a quote from the
// form as it stands without leaving the page. Without script the preview posts the form and the page shows it.
(function () {
    "use strict";
    var form = document.getElementById("channel-form");
    if (!form) { return; }
    var rows = document.getElementById("rate-rows");
    var template = document.getElementById("rate-template");
    var result = document.getElementById("quote-result");

    function renumber() {
        rows.querySelectorAll("tr.rate-row").forEach(function (row, i) {
            row.querySelectorAll("[data-field]").forEach(function (input) {
                input.name = "Input.Rates[" + i + "]." + input.dataset.field;
                input.id = "Input_Rates_" + i + "__" + input.dataset.field;
            });
            row.querySelectorAll("[data-valmsg-for]").forEach(function (message) {
                message.dataset.valmsgFor = message.dataset.valmsgFor.replace(/Rates\[\d+\]/, "Rates[" + i + "]");
            });
        });
    }

    document.getElementById("add-rate").addEventListener("click", function () {
        var row = template.content.firstElementChild.cloneNode(true);
        rows.appendChild(row);
        renumber();
        row.querySelector("input").focus();
    });

    rows.addEventListener("click", function (e) {
        var remove = e.target.closest(".remove-rate");
        if (!remove) { return; }
        remove.closest("tr").remove();
        renumber();
    });

    document.getElementById("preview-button").addEventListener("click", function (e) {
        e.preventDefault();
        var data = new FormData(form);
        result.replaceChildren(text("div", "small text-secondary", "…"));
        fetch("?handler=Preview", { method: "POST", body: data, headers: { Accept: "application/json" }, credentials: "same-origin" })
            .then(function (response) {
                if (!response.ok || response.redirected) { throw new Error(String(response.status)); }
                return response.json();
            })
            .then(function (answer) {
                result.replaceChildren();
                if (answer.ok && answer.preview) {
                    var p = answer.preview;
                    result.appendChild(text("div", "quote-freight", money(p.freight) + " " + p.currency));
                    var row = p.rateCountryCode === "*" ? form.dataset.textEvery : p.rateCountryCode;
                    result.appendChild(text("div", "small text-secondary",
                        form.dataset.textRow + " " + row + " · " + form.dataset.textChargeable + " " + Number(p.chargeableGrams).toLocaleString() + " g"));
                } else {
                    result.appendChild(text("div", "text-danger fw-semibold", answer.message || "?"));
                }
            })
            .catch(function () {
                // Fall back to the page's own preview (a normal post).
                form.action = "?handler=Preview";
                form.submit();
            });
    });

    function money(value) {
        return Number(value).toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    }

    function text(tag, className, content) {
        var node = document.createElement(tag);
        node.className = className;
        node.textContent = content;
        return node;
    }
})();
