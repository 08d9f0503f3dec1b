// Warehouse form: only a transit warehouse can be the default for self-sends, and only a collection warehouse
// has a service area; the form says so as the kind changes (the server checks it either way).
(function () {
    "use strict";
    var form = document.getElementById("warehouse-form");
    if (!form) { return; }
    var defaultSwitch = document.getElementById("default-transit");
    var area = document.querySelectorAll("#cities, #prefixes");
    function update() {
        var kind = form.querySelector("input[name='Input.Kind']:checked");
        var transit = kind && kind.value === "Transit";
        defaultSwitch.disabled = !transit;
        if (!transit) { defaultSwitch.checked = false; }
        area.forEach(function (box) { box.closest(".col-md-6").classList.toggle("opacity-50", transit); });
    }
    form.addEventListener("change", function (e) { if (e.target.name === "Input.Kind") { update(); } });
    update();
})();
