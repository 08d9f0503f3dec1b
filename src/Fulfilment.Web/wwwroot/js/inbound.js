// The inbound desk, for a barcode scanner: the cursor lives in the waybill field, Enter submits (or moves to the
// weight when it is still empty), each outcome shows in green / amber / red with a short tone, and this tab's scans
// are kept in sessionStorage (the server's record of what was received is the Today page).
(function () {
    "use strict";
    var form = document.getElementById("scan-form");
    if (!form) { return; }
    var waybill = document.getElementById("waybill");
    var weight = document.getElementById("weight");
    var panel = document.getElementById("scan-result");
    var list = document.getElementById("scan-list");
    var empty = document.getElementById("scan-list-empty");
    var storageKey = "fulfilment.inbound.scans";
    var icons = { received: "bi-check-circle-fill", alreadyReceived: "bi-info-circle-fill", refused: "bi-x-octagon-fill", pending: "bi-hourglass-split" };
    var badges = { received: "text-bg-success", alreadyReceived: "text-bg-warning", refused: "text-bg-danger" };
    var scans = load();
    var busy = false;

    render();

    waybill.addEventListener("keydown", function (e) {
        if (e.key !== "Enter") { return; }
        e.preventDefault();
        if (!waybill.value.trim()) { return; }
        if (!weight.value) { weight.focus(); weight.select(); return; }
        submit();
    });
    weight.addEventListener("keydown", function (e) {
        if (e.key !== "Enter") { return; }
        e.preventDefault();
        if (!waybill.value.trim()) { waybill.focus(); return; }
        submit();
    });
    form.addEventListener("submit", function (e) { e.preventDefault(); submit(); });

    // Clicking anywhere that is not a control brings the cursor back to the waybill field.
    document.addEventListener("click", function (e) {
        if (!e.target.closest("input, button, a, select, textarea, label")) { waybill.focus(); }
    });
    document.getElementById("clear-scans").addEventListener("click", function () {
        scans = [];
        save();
        render();
        waybill.focus();
    });

    function submit() {
        if (busy) { return; }
        busy = true;
        var typed = waybill.value.trim().toUpperCase();
        show({ outcome: "pending", title: form.dataset.textSending, detail: "", waybillNumber: typed });
        fetch(form.getAttribute("action") || window.location.pathname, {
            method: "POST",
            body: new FormData(form),
            headers: { Accept: "application/json" },
            credentials: "same-origin"
        })
            .then(function (response) {
                if (response.redirected) { window.location.reload(); throw new Error("signed out"); }
                if (!response.ok) { throw new Error(String(response.status)); }
                return response.json();
            })
            .then(function (outcome) {
                show(outcome);
                remember(outcome);
                tone(outcome.outcome);
            })
            .catch(function () {
                var outcome = { outcome: "refused", title: form.dataset.textNetwork, detail: "", waybillNumber: typed };
                show(outcome);
                tone("refused");
            })
            .then(function () {
                busy = false;
                waybill.value = "";
                weight.value = "";
                waybill.focus();
            });
    }

    function show(o) {
        panel.className = "scan-result mt-3 scan-" + o.outcome;
        panel.dataset.outcome = o.outcome;
        panel.replaceChildren();
        var icon = el("div", "scan-result-icon");
        var i = el("i", "bi " + (icons[o.outcome] || icons.refused));
        icon.appendChild(i);
        var body = el("div");
        body.appendChild(el("div", "scan-result-title", o.title));
        if (o.waybillNumber) { body.appendChild(el("div", "scan-result-waybill mono", o.waybillNumber)); }
        if (o.storeName) {
            body.appendChild(el("div", "scan-result-meta", o.storeName + " · " + form.dataset.textDeclared + " " + grams(o.weightGrams) + " → " + form.dataset.textMeasured + " " + grams(o.measuredWeightGrams)));
        }
        if (o.detail) { body.appendChild(el("div", "scan-result-detail", o.detail)); }
        panel.appendChild(icon);
        panel.appendChild(body);
    }

    function remember(o) {
        scans.unshift({
            at: o.at, waybill: o.waybillNumber || "", outcome: o.outcome, label: o.label, title: o.title, detail: o.detail,
            store: o.storeName || "", measured: o.measuredWeightGrams, adjustment: o.adjustment || ""
        });
        scans = scans.slice(0, 300);
        save();
        render();
    }

    function render() {
        list.replaceChildren();
        var counts = { received: 0, alreadyReceived: 0, refused: 0 };
        scans.forEach(function (s) {
            counts[s.outcome] = (counts[s.outcome] || 0) + 1;
            var row = el("tr");
            row.dataset.outcome = s.outcome;
            row.appendChild(el("td", "text-nowrap small", s.at));
            var waybillCell = el("td");
            waybillCell.appendChild(el("div", "mono fw-semibold", s.waybill));
            if (s.store) { waybillCell.appendChild(el("div", "small text-secondary", s.store)); }
            row.appendChild(waybillCell);
            var result = el("td", "scan-detail");
            result.appendChild(el("span", "badge " + (badges[s.outcome] || badges.refused), s.label || s.title));
            if (s.outcome === "refused" && s.detail) { result.appendChild(el("div", "small text-danger-emphasis mt-1", s.detail)); }
            row.appendChild(result);
            row.appendChild(el("td", "text-end text-nowrap", s.measured ? grams(s.measured) : ""));
            row.appendChild(el("td", "money " + (s.adjustment.indexOf("+") === 0 ? "text-danger" : s.adjustment ? "text-success" : "text-secondary"), s.adjustment || "—"));
            list.appendChild(row);
        });
        empty.hidden = scans.length > 0;
        document.getElementById("count-received").textContent = counts.received;
        document.getElementById("count-repeated").textContent = counts.alreadyReceived;
        document.getElementById("count-refused").textContent = counts.refused;
    }

    function tone(outcome) {
        try {
            var Context = window.AudioContext || window.webkitAudioContext;
            if (!Context) { return; }
            var audio = tone.context || (tone.context = new Context());
            var oscillator = audio.createOscillator();
            var gain = audio.createGain();
            oscillator.frequency.value = outcome === "received" ? 880 : outcome === "alreadyReceived" ? 600 : 220;
            gain.gain.value = 0.08;
            oscillator.connect(gain);
            gain.connect(audio.destination);
            oscillator.start();
            oscillator.stop(audio.currentTime + (outcome === "refused" ? 0.45 : 0.12));
        } catch (e) {
            // No sound is fine; the colour says it all.
        }
    }

    function grams(value) { return value ? Number(value).toLocaleString() + " g" : ""; }

    function el(tag, className, text) {
        var node = document.createElement(tag);
        if (className) { node.className = className; }
        if (text !== undefined && text !== null) { node.textContent = text; }
        return node;
    }

    function load() {
        try { return JSON.parse(window.sessionStorage.getItem(storageKey) || "[]"); } catch (e) { return []; }
    }

    function save() {
        try { window.sessionStorage.setItem(storageKey, JSON.stringify(scans)); } catch (e) { /* storage full or off */ }
    }
})();
