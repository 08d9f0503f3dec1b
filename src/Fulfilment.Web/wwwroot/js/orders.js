// The orders inbox: how many orders are selected for the bulk actions (shipping and printing post the selection).
(function () {
    "use strict";

    var form = document.getElementById("bulk-orders");
    var count = document.getElementById("bulk-selection");
    if (!form || !count) { return; }
    var boxes = function () { return document.querySelectorAll("input[name='Input.Orders'][form='bulk-orders']"); };
    var format = function (template, n) { return template.replace("{0}", n); };

    function refresh() {
        var n = Array.prototype.filter.call(boxes(), function (b) { return b.checked; }).length;
        count.textContent = n === 0 ? count.dataset.none : format(count.dataset.some, n);
        form.querySelectorAll("[data-bulk-action]").forEach(function (b) { b.disabled = n === 0; });
        boxes().forEach(function (b) { b.closest("tr").classList.toggle("is-selected", b.checked); });
    }
    document.addEventListener("change", function (e) {
        if (e.target.name === "Input.Orders" || e.target.dataset.selectAll !== undefined) { refresh(); }
    });
    refresh();
})();
