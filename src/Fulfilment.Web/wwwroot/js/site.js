// Small, dependency-free behaviours shared by every page.
(function () {
    "use strict";

    // The menu button of narrow screens opens and closes the sidebar; it says which, and Escape closes it again.
    var menuButtons = document.querySelectorAll("[data-toggle-sidebar]");
    function setMenu(open) {
        document.body.classList.toggle("sidebar-open", open);
        menuButtons.forEach(function (b) { b.setAttribute("aria-expanded", open ? "true" : "false"); });
    }
    menuButtons.forEach(function (button) {
        button.addEventListener("click", function () { setMenu(!document.body.classList.contains("sidebar-open")); });
    });
    document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape" || !document.body.classList.contains("sidebar-open")) { return; }
        setMenu(false);
        var first = Array.prototype.find.call(menuButtons, function (b) { return b.offsetParent !== null; });
        if (first) { first.focus(); }
    });

    // Confirm first: any submit button (or link) with data-confirm="message" opens the shared dialog.
    var pending = null;
    var opener = null;
    var confirmDialog = document.getElementById("confirm-dialog");
    if (confirmDialog) {
        // Closed by Escape, Cancel, the × or OK: focus goes back to the button that opened it, not to <body>.
        confirmDialog.addEventListener("hidden.bs.modal", function () {
            if (opener && document.contains(opener)) { opener.focus(); }
            opener = null;
        });
    }
    document.addEventListener("click", function (event) {
        var trigger = event.target.closest("[data-confirm]");
        if (!trigger || trigger.dataset.confirmed === "1") { return; }
        event.preventDefault();
        pending = trigger;
        opener = trigger;
        document.getElementById("confirm-dialog-message").textContent = trigger.dataset.confirm;
        var ok = document.getElementById("confirm-dialog-ok");
        ok.textContent = trigger.dataset.confirmOk || ok.dataset.defaultText || ok.textContent;
        bootstrap.Modal.getOrCreateInstance(document.getElementById("confirm-dialog")).show();
    });
    var okButton = document.getElementById("confirm-dialog-ok");
    if (okButton) {
        okButton.dataset.defaultText = okButton.textContent;
        okButton.addEventListener("click", function () {
            if (!pending) { return; }
            var trigger = pending;
            pending = null;
            bootstrap.Modal.getOrCreateInstance(document.getElementById("confirm-dialog")).hide();
            trigger.dataset.confirmed = "1";
            if (trigger.form) {
                trigger.form.requestSubmit(trigger);
            } else {
                trigger.click();
            }
            trigger.dataset.confirmed = "";
        });
    }

    // One submission per click: disable the button while the form posts and show that work is under way.
    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (form.dataset.noBusy !== undefined) { return; }
        var button = event.submitter;
        if (button && button.form === form && !button.disabled) {
            // The button's own name/value must still reach the server.
            if (button.name) {
                var hidden = document.createElement("input");
                hidden.type = "hidden"; hidden.name = button.name; hidden.value = button.value;
                form.appendChild(hidden);
            }
            setTimeout(function () {
                button.disabled = true;
                button.insertAdjacentHTML("afterbegin", '<span class="spinner-border spinner-border-sm me-1" aria-hidden="true"></span>');
            }, 0);
        }
    });

    // A field the server found wrong stops saying so once the person changes it (its message would otherwise stay
    // next to a field that is now right until the next submit).
    function clearError(event) {
        var field = event.target;
        if (!field.name || !field.form) { return; }
        var cleared = false;
        document.querySelectorAll("[data-valmsg-for]").forEach(function (message) {
            if (message.dataset.valmsgFor === field.name && message.textContent.trim()) { message.textContent = ""; cleared = true; }
        });
        // Only the server's verdict is withdrawn; a page script's own live check (e.g. a weight limit) stays.
        if (cleared) { field.classList.remove("is-invalid"); }
    }
    document.addEventListener("input", clearError);
    document.addEventListener("change", clearError);

    // Success toasts fade after a few seconds; errors stay until dismissed.
    document.querySelectorAll(".toast[data-autohide='true']").forEach(function (toast) {
        setTimeout(function () { toast.classList.remove("show"); }, 5000);
    });

    // "Select all on page" checkboxes: data-select-all="name-of-row-checkboxes".
    document.querySelectorAll("[data-select-all]").forEach(function (all) {
        var name = all.dataset.selectAll;
        var rows = function () { return document.querySelectorAll("input[type=checkbox][name='" + name + "']"); };
        all.addEventListener("change", function () {
            // Read the wanted state once: each row's change event below recomputes the select-all box.
            var wanted = all.checked;
            rows().forEach(function (c) { c.checked = wanted; c.dispatchEvent(new Event("change", { bubbles: true })); });
        });
        document.addEventListener("change", function (e) {
            if (e.target.name !== name) { return; }
            var list = Array.prototype.slice.call(rows());
            var checked = list.filter(function (c) { return c.checked; }).length;
            all.checked = checked === list.length && list.length > 0;
            all.indeterminate = checked > 0 && checked < list.length;
        });
    });
})();
