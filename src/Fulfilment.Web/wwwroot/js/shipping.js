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

    // Step 1: changing the goods type re-quotes; another channel than the buyer's needs the confirmation box.
    document.querySelectorAll("[data-autosubmit]").forEach(function (input) {
        input.addEventListener("change", function () { input.form.submit(); });
    });
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

    // Step 2.
    var form = document.getElementById("create-form");
    if (!form) { return; }
    var rates = JSON.parse(form.dataset.rates || "[]");
    var currency = form.dataset.currency;
    var returnFee = parseFloat(form.dataset.returnFee || "0");
    var weight = form.querySelector("[data-weight]");
    var declared = form.querySelector("[data-declared]");
    var submit = form.querySelector("[data-testid=submit-shipment]");
    var contents = form.querySelector("[data-testid=contents]");
    var weightTouched = false, declaredTouched = false, contentsTouched = false;

    function money(value) {
        return value.toLocaleString(document.documentElement.lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + " " + currency;
    }
    function destination() {
        var modify = document.getElementById("modify-recipient");
        var select = document.getElementById("Input_Recipient_CountryCode");
        return modify && modify.checked && select && select.value ? select.value : form.dataset.destination;
    }
    function freightFor(grams) {
        var country = destination();
        var rate = rates.find(function (r) { return r.country === country; }) || rates.find(function (r) { return r.country === "*"; });
        if (!rate || !(grams > 0)) { return null; }
        var chargeable = Math.max(grams, rate.minGrams);
        return Math.round((rate.registration + rate.perKg * chargeable / 1000 + Number.EPSILON) * 100) / 100;
    }
    function lines() { return Array.prototype.slice.call(form.querySelectorAll("[data-line]")); }
    // Whole descriptions up to the field's limit (as the server's default does), or the first one's words.
    function shorten(text, max) {
        if (!(max > 0) || text.length <= max) { return text; }
        var head = text.slice(0, max + 1);
        var cut = head.lastIndexOf(", ");
        if (cut <= 0) { cut = head.lastIndexOf(" "); }
        return (cut > 0 ? text.slice(0, cut) : text.slice(0, max)).replace(/[, ]+$/, "");
    }
    function qty(row) { return parseInt(row.querySelector("[data-qty]").value, 10) || 0; }

    var maxWeight = parseInt(form.dataset.maxWeight, 10);
    var weightWarning = form.querySelector("[data-weight-warning]");
    var weightError = form.querySelector("[data-valmsg-for='Input.Parcel.WeightGrams']");

    function refresh() {
        var grams = parseInt(weight.value, 10);
        // Said while packing, not only after submitting: the parcel is heavier than the channel carries.
        var over = grams > maxWeight;
        weightWarning.hidden = !over;
        if (over) { weight.classList.add("is-invalid"); } else if (!weightError.textContent.trim()) { weight.classList.remove("is-invalid"); }
        var freight = freightFor(grams);
        var undeliverable = form.querySelector("[data-undeliverable]:checked");
        var fee = undeliverable && undeliverable.value === "Return" ? returnFee : 0;
        var total = (freight || 0) + fee;
        form.querySelector("[data-summary-weight]").textContent = "(" + (grams > 0 ? grams.toLocaleString() : 0) + " g)";
        form.querySelector("[data-summary-freight]").textContent = freight === null ? "—" : money(freight);
        form.querySelector("[data-summary-fee]").textContent = money(fee);
        form.querySelector("[data-summary-total]").textContent = money(total);
        submit.dataset.confirm = form.dataset.confirmTemplate.replace("{0}", money(total));
    }

    // Lines: a changed quantity moves its value, the parcel weight and the declared value, until the seller edits those.
    lines().forEach(function (row) {
        var q = row.querySelector("[data-qty]");
        var value = row.querySelector("[data-line-value]");
        q.addEventListener("input", function () {
            value.value = (qty(row) * parseFloat(row.dataset.unitPrice)).toFixed(2);
            if (!weightTouched) {
                weight.value = Math.max(1, lines().reduce(function (sum, r) { return sum + qty(r) * parseInt(r.dataset.unitWeight, 10); }, 0));
            }
            if (!declaredTouched) {
                declared.value = lines().reduce(function (sum, r) { return sum + (parseFloat(r.querySelector("[data-line-value]").value) || 0); }, 0).toFixed(2);
            }
            if (!contentsTouched) {
                // What customs reads is what is in this parcel: the descriptions of the lines packed into it.
                contents.value = shorten(lines().filter(function (r) { return qty(r) > 0; })
                    .map(function (r) { return r.querySelector("input[name$='.Description']").value.trim(); })
                    .filter(function (d) { return d; }).join(", "), contents.maxLength);
            }
            refresh();
        });
        value.addEventListener("input", function () {
            if (!declaredTouched) {
                declared.value = lines().reduce(function (sum, r) { return sum + (parseFloat(r.querySelector("[data-line-value]").value) || 0); }, 0).toFixed(2);
            }
        });
    });
    weight.addEventListener("input", function () { weightTouched = true; refresh(); });
    declared.addEventListener("input", function () { declaredTouched = true; });
    contents.addEventListener("input", function () { contentsTouched = true; });
    form.querySelectorAll("[data-undeliverable]").forEach(function (r) { r.addEventListener("change", refresh); });

    // Recipient: "Modify recipient info" shows the fields (this parcel only).
    var modify = document.getElementById("modify-recipient");
    modify.addEventListener("change", function () {
        document.getElementById("recipient-fields").classList.toggle("d-none", !modify.checked);
        document.getElementById("recipient-view").classList.toggle("d-none", modify.checked);
        refresh();
    });
    var country = document.getElementById("Input_Recipient_CountryCode");
    if (country) { country.addEventListener("change", refresh); }

    // Sender: the handover preview (and the summary's handover line) follows the chosen sender address.
    function handoverSummary() {
        var request = form.querySelector("[data-handover][value=RequestPickup]");
        var preview = form.querySelector("[data-sender-preview]:not(.d-none)");
        var text = request.checked ? request.dataset.summary : (preview ? preview.dataset.summary : "—");
        if (request.checked && pickupSelect.value) { text += ": " + pickupSelect.options[pickupSelect.selectedIndex].text.split(" · ")[0]; }
        form.querySelector("[data-summary-handover]").textContent = text;
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
    var pickupSelect = form.querySelector("[data-testid=pickup-warehouse]");
    pickupSelect.addEventListener("change", function () {
        if (pickupSelect.value) {
            var request = form.querySelector("[data-handover][value=RequestPickup]");
            request.checked = true;
            highlight(request.name);
        }
        handoverSummary();
    });
    refresh();
})();
