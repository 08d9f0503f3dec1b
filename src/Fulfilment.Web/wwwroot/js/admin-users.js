// New user form: show the store field for sellers and the warehouse field for warehouse staff only.
(function () {
    "use strict";
    var form = document.getElementById("new-user");
    if (!form) { return; }
    function update() {
        var checked = form.querySelector("input[name='Input.Role']:checked");
        var role = checked ? checked.value : "";
        form.querySelectorAll("[data-for-role]").forEach(function (block) {
            block.hidden = block.dataset.forRole !== role;
        });
    }
    form.addEventListener("change", function (e) { if (e.target.name === "Input.Role") { update(); } });
    update();
})();
