// International small packages: the selection count, and batch label printing with progress.
(function () {
    "use strict";

    var form = document.getElementById("batch-labels");
    if (!form) { return; }
    var button = document.getElementById("print-selected");
    var count = document.getElementById("selection-count");
    var progress = document.getElementById("batch-progress");
    var bar = progress.querySelector(".progress-bar");
    var text = progress.querySelector(".batch-progress-text");
    var format = window.Fulfilment.format;
    var selected = function () { return Array.prototype.slice.call(form.querySelectorAll("input[name='ids']:checked")); };
    var selectable = function () { return Array.prototype.slice.call(form.querySelectorAll("input[name='ids']:not(:disabled)")); };
    var all = form.querySelector("[data-select-page]");

    // "Select all on this page" (its own, rather than site.js's data-select-all, which reads the header box's state
    // while unticking it row by row, and so selects only the first row). Cancelled rows cannot be selected.
    if (all) {
        all.addEventListener("change", function () {
            selectable().forEach(function (box) { box.checked = all.checked; });
            refresh();
        });
    }

    function refresh() {
        var n = selected().length;
        if (all) {
            var total = selectable().length;
            all.checked = total > 0 && n === total;
            all.indeterminate = n > 0 && n < total;
        }
        button.disabled = n === 0;
        count.textContent = n === 0 ? count.dataset.none : format(count.dataset.some, n);
        form.querySelectorAll("input[name='ids']").forEach(function (box) {
            box.closest("tr").classList.toggle("is-selected", box.checked);
        });
    }
    form.addEventListener("change", refresh);
    refresh();

    function show(state, message, percent) {
        progress.hidden = false;
        progress.classList.toggle("is-done", state === "done");
        progress.classList.toggle("is-failed", state === "failed");
        bar.classList.toggle("progress-bar-animated", state === "working");
        bar.style.width = (percent === null ? 100 : percent) + "%";
        text.textContent = message;
    }

    function fileName(response, fallback) {
        var disposition = response.headers.get("Content-Disposition") || "";
        var match = /filename\*=UTF-8''([^;]+)/i.exec(disposition) || /filename="?([^";]+)"?/i.exec(disposition);
        return match ? decodeURIComponent(match[1]) : fallback;
    }

    // Read the file as it arrives so the bar can show how far the download is (when the server says how long it is;
    // label files are streamed as they are rendered, so usually the bar just keeps moving).
    async function read(response, type) {
        var total = Number(response.headers.get("Content-Length")) || 0;
        if (!response.body || !total) { return await response.blob(); }
        var reader = response.body.getReader();
        var chunks = [], received = 0;
        for (;;) {
            var step = await reader.read();
            if (step.done) { break; }
            chunks.push(step.value);
            received += step.value.length;
            show("working", format(text.dataset.downloading, Math.round(received * 100 / total)), Math.round(received * 100 / total));
        }
        return new Blob(chunks, { type: type });
    }

    form.addEventListener("submit", async function (event) {
        var boxes = selected();
        if (boxes.length === 0 || !window.fetch) { return; }
        event.preventDefault();
        button.disabled = true;
        show("working", format(text.dataset.rendering, boxes.length), null);
        try {
            var response = await fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin" });
            var type = response.headers.get("Content-Type") || "";
            if (!response.ok || (type.indexOf("application/pdf") !== 0 && type.indexOf("text/plain") !== 0)) {
                // The server explained the refusal on the page it redirected to.
                if (response.redirected) { window.location.href = response.url; return; }
                throw new Error(String(response.status));
            }
            var zpl = type.indexOf("text/plain") === 0;
            var name = fileName(response, zpl ? "labels.zpl" : "labels.pdf");
            var blob = await read(response, zpl ? "text/plain" : "application/pdf");
            var link = document.createElement("a");
            link.href = URL.createObjectURL(blob);
            link.download = name;
            document.body.appendChild(link);
            link.click();
            setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
            show("done", format(text.dataset.done, boxes.length, name), 100);
            var firstPrints = 0;
            boxes.forEach(function (box) {
                var cell = box.closest("tr").querySelector("[data-testid='print-state']");
                if (cell && cell.querySelector(".badge")) { firstPrints++; }
                if (cell) { cell.innerHTML = '<span class="text-success small"><i class="bi bi-check2-circle me-1" aria-hidden="true"></i>' + text.dataset.printed + "</span>"; }
                box.checked = false;
            });
            // The "Label not printed yet" tab counts down by the labels printed for the first time.
            var unprinted = document.querySelector("[data-testid='tab-unprinted'] .count");
            if (unprinted && firstPrints > 0) { unprinted.textContent = Math.max(0, (parseInt(unprinted.textContent, 10) || 0) - firstPrints); }
        } catch (e) {
            show("failed", text.dataset.failed, 100);
        }
        refresh();
    });
})();
