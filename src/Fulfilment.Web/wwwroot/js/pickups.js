// Pickup requests: quick reasons fill the reason field of their form (still editable); an opened form focuses it.
(function () {
    "use strict";
    document.addEventListener("click", function (e) {
        var button = e.target.closest("[data-quick-reason]");
        if (!button) { return; }
        var field = button.closest("form").querySelector("textarea[name=Reason]");
        field.value = button.dataset.quickReason;
        field.focus();
    });
    document.querySelectorAll(".reject-form").forEach(function (form) {
        var collapse = form.closest(".collapse");
        collapse.addEventListener("shown.bs.collapse", function () { form.querySelector("textarea").focus(); });
    });
})();
