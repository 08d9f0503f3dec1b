// The online-shipping wizard: highlight choices, warn on a channel other than the buyer's, and keep the summary
// (what will be deducted) in step with the form. The server quotes and checks everything again on submit.
(function () {
    "use strict";

    // Choice tiles: the checked radio's tile is highlighted.
    function highlight(name) {
        document.querySelectorAll("input[type=radio][name='" + name + "']").forEach(function (radio) {
            var tile = radio.closest(".option-tile, .channel-option");
            if (tile) { tile.classList.toggle("selected", radio.checked); }
        });
    }
    document.addEventListener("change", function (e) {
        if (e.target.type === "radio") { highlight(e.target.name); }
    });

    // Step 1: another channel than the buyer's needs the confirmation box. (A new goods type is quoted when the seller
    // presses "Update quotes": choosing a radio, also by arrow key, never reloads the page - WCAG 3.2.2.)
    var warning = document.querySelector(".mismatch-warning");
    if (warning) {
        var update = function () {
            var chosen = document.querySelector("input[name='Input.ChannelCode']:checked");
            var buyer = chosen && chosen.closest("[data-buyer]").dataset.buyer === "true";
            warning.classList.toggle("d-none", !chosen || buyer);
            var hidden = document.querySelector("#goods-form input[name=channel]");
            if (hidden && chosen) { hidden.value = chosen.value; }
        };
        document.querySelectorAll("input[name='Input.ChannelCode']").forEach(function (r) { r.addEventListener("change", update); });
        update();
    }

    // Dialogs (native <dialog>): a link with data-dialog-open opens one; without JavaScript the link goes to its page.
    function openDialog(dialog) {
        if (!dialog || typeof dialog.showModal !== "function") { return false; }
        if (dialog.open) { dialog.close(); }
        dialog.showModal();
        return true;
    }
    document.querySelectorAll("[data-dialog-open]").forEach(function (link) {
        link.addEventListener("click", function (e) {
            if (openDialog(document.getElementById(link.dataset.dialogOpen))) { e.preventDefault(); }
        });
    });

    document.querySelectorAll("[data-dialog-close]").forEach(function (button) {
        button.addEventListener("click", function () { button.closest("dialog").close(); });
    });

    // Step 2. Every amount comes from the server (the form's preview handler): the script only shows it.
    var form = document.getElementById("create-form");
    if (!form) { return; }
    var weight = form.querySelector("[data-weight]");
    var weightEdited = form.querySelector("[data-weight-edited]");
    var declared = form.querySelector("[data-declared]");
    var submit = form.querySelector("[data-testid=submit-shipment]");
    var contents = form.querySelector("[data-testid=contents]");
    var modifyRecipient = form.querySelector("[data-modify-recipient]");
    var declaredTouched = false, contentsTouched = false, pending = null, sequence = 0;

    function text(selector, value) {
        form.querySelectorAll(selector).forEach(function (el) { el.textContent = value; });
    }

    // While the server is asked, the form says so (data-previewing), so nobody reads a stale total.
    function preview(linesChanged) {
        var mine = ++sequence;
        form.dataset.previewing = "1";
        var body = new FormData(form);
        fetch(form.dataset.previewUrl, { method: "POST", body: body, credentials: "same-origin", headers: { "Accept": "application/json" } })
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (p) {
                if (!p || mine !== sequence) { return; }
                if (linesChanged) {
                    p.lines.forEach(function (line) {
                        var input = form.querySelector("[data-line-value][data-sku='" + CSS.escape(line.sku) + "']");
                        if (input) { input.value = line.value; }
                    });
                    if (!declaredTouched) { declared.value = p.declaredValue; }
                    if (!contentsTouched) { contents.value = p.contentsDescription; }
                }
                if (weightEdited.value !== "true") {
                    weight.value = p.weightGrams;
                    // Emptied, the weight follows the items again: a "Required." said a moment ago no longer holds.
                    var said = form.querySelector("[data-valmsg-for='Input.Parcel.WeightGrams'][data-client-error]");
                    if (said) { said.textContent = ""; delete said.dataset.clientError; weight.removeAttribute("aria-invalid"); }
                }
                text("[data-summary-weight]", "(" + p.weightText + ")");
                text("[data-summary-freight]", p.freight);
                text("[data-summary-fee]", p.returnServiceFee);
                text("[data-summary-total]", p.toBeDeducted);
                text("[data-summary-total-inline]", p.toBeDeducted);
                text("[data-summary-destination]", p.destination);
                var reason = form.querySelector("[data-summary-reason]");
                reason.textContent = p.reason || "";
                reason.classList.toggle("d-none", p.eligible);
                // Said while packing, not only after submitting: the parcel is heavier than the channel carries.
                form.querySelector("[data-weight-warning]").hidden = !p.overWeight;
                weight.classList.toggle("is-invalid", p.overWeight || !!form.querySelector("[data-valmsg-for='Input.Parcel.WeightGrams']").textContent.trim());
                submit.dataset.confirm = form.dataset.confirmTemplate.replace("{0}", p.toBeDeducted);
            })
            .catch(function () { /* the server checks everything again on submit */ })
            .then(function () { if (mine === sequence) { delete form.dataset.previewing; } });
    }
    function later(linesChanged) {
        clearTimeout(pending);
        form.dataset.previewing = "1";
        pending = setTimeout(function () { preview(linesChanged); }, 250);
    }

    // A new quantity gives its line the server's value for it (price × quantity); a value the seller types is kept, and
    // a value left blank is filled with that default - what the parcel will declare - and the declared total follows.
    form.querySelectorAll("[data-qty]").forEach(function (q) {
        q.addEventListener("input", function () {
            var value = q.closest("[data-line]").querySelector("[data-line-value]");
            if (value) { value.value = ""; }
            later(true);
        });
    });
    form.querySelectorAll("[data-line-value]").forEach(function (v) { v.addEventListener("change", function () { preview(true); }); });
    form.querySelectorAll("input[name$='.Description']").forEach(function (d) { d.addEventListener("input", function () { if (!contentsTouched) { later(true); } }); });
    weight.addEventListener("input", function () { weightEdited.value = weight.value ? "true" : "false"; later(false); });
    declared.addEventListener("input", function () { declaredTouched = true; });
    contents.addEventListener("input", function () { contentsTouched = true; });
    form.querySelectorAll("[data-undeliverable]").forEach(function (r) { r.addEventListener("change", function () { preview(false); }); });

    // Modify recipient info: the dialog's Save keeps the address for this parcel and shows it; the server checks it on submit.
    var dialog = document.getElementById("recipient-dialog");
    if (dialog && dialog.hasAttribute("open") && typeof dialog.showModal === "function") {
        dialog.close();
        dialog.showModal();
    }
    function field(name) { return form.querySelector("[name='Input.Recipient." + name + "']"); }
    // Save is handled here; "Use the buyer's address" posts the form (the page shows the order's recipient again).
    form.querySelectorAll("[data-recipient-action=save]").forEach(function (button) {
        button.addEventListener("click", function (e) {
            e.preventDefault();
            var country = field("CountryCode");
            text("[data-recipient-name]", field("Name").value);
            text("[data-recipient-phone]", field("Phone").value);
            text("[data-recipient-lines]", [field("Line1").value, field("Line2").value, field("City").value, field("Province").value, field("PostalCode").value]
                .filter(function (v) { return v && v.trim(); }).join(", "));
            text("[data-recipient-country]", country.options[country.selectedIndex] ? country.options[country.selectedIndex].text : country.value);
            modifyRecipient.value = "true";
            dialog.close();
            form.querySelector("[data-recipient-modified]").classList.remove("d-none");
            preview(false);
        });
    });

    // Sender: the handover preview (and the summary's handover line) follows the chosen sender address.
    var pickupSelect = form.querySelector("[data-testid=pickup-warehouse]");
    function handoverSummary() {
        var chosen = form.querySelector("[data-handover]:checked");
        var preview = form.querySelector("[data-sender-preview]:not(.d-none)");
        var summary = !chosen || chosen.value === "Auto" ? (preview ? preview.dataset.summary : "—") : chosen.dataset.summary;
        if (chosen && chosen.value === "RequestPickup" && pickupSelect.value) { summary += ": " + pickupSelect.options[pickupSelect.selectedIndex].text.split(" · ")[0]; }
        text("[data-summary-handover]", summary);
    }
    form.querySelectorAll("[data-sender]").forEach(function (radio) {
        radio.addEventListener("change", function () {
            form.querySelectorAll("[data-sender-preview]").forEach(function (p) {
                p.classList.toggle("d-none", p.dataset.senderPreview !== radio.value);
            });
            handoverSummary();
        });
    });
    form.querySelectorAll("[data-handover]").forEach(function (r) { r.addEventListener("change", handoverSummary); });
    // Choosing a pickup warehouse means applying for a pickup.
    pickupSelect.addEventListener("change", function () {
        if (pickupSelect.value) {
            var request = form.querySelector("[data-handover][value=RequestPickup]");
            request.checked = true;
            highlight(request.name);
        }
        handoverSummary();
    });
})();
