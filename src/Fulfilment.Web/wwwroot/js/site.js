// Small, dependency-free behaviours shared by every page.
(function () {
    "use strict";

    // Page scripts (loaded after this one) word their progress with the server's "{0} of {1}" templates.
    window.Fulfilment = {
        format: function (template) {
            var args = Array.prototype.slice.call(arguments, 1);
            return template.replace(/\{(\d+)\}/g, function (_, i) { return args[i]; });
        },
    };

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
        // A form is checked before anyone is asked to confirm what it would do (e.g. a deduction).
        if (trigger.form && !trigger.formNoValidate && !checkForm(trigger.form)) { return; }
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

    // Forms are checked before they are sent, by the rules the server states on each field (data-val-*, read from the
    // validators it runs): a message next to each wrong field (aria-invalid, aria-describedby), the error summary at the
    // top lists them with links and takes focus. The server checks everything again.
    function messageFor(field) {
        var id = "error-" + field.name.replace(/[^A-Za-z0-9_-]/g, "-");
        var message = field.form.querySelector("[data-valmsg-for='" + CSS.escape(field.name) + "']");
        if (!message) {
            message = document.createElement("span");
            message.className = "field-validation-error";
            message.dataset.valmsgFor = field.name;
            var anchor = field.closest(".form-check, .option-tile, .input-group") || field;
            anchor.insertAdjacentElement("afterend", message);
        }
        if (!message.id) { message.id = id; }
        return message;
    }
    function problemOf(field) {
        var d = field.dataset;
        if (field.type === "radio") {
            var group = field.form.querySelectorAll("input[type=radio][name='" + CSS.escape(field.name) + "']");
            var chosen = Array.prototype.some.call(group, function (r) { return r.checked; });
            return !chosen && d.valRequired ? d.valRequired : null;
        }
        if (field.type === "checkbox") { return !field.checked && d.valRequired ? d.valRequired : null; }
        if (field.validity && field.validity.badInput) { return d.valNumber || field.validationMessage; }
        var value = (field.value || "").trim();
        if (!value) { return d.valRequired || null; }
        if (d.valNumber !== undefined || d.valMin !== undefined || d.valMax !== undefined) {
            var number = Number(value);
            if (isNaN(number)) { return d.valNumber || d.valMin || d.valMax; }
            if (d.valMin !== undefined && number < Number(d.valMinValue)) { return d.valMin; }
            if (d.valMax !== undefined && number > Number(d.valMaxValue)) { return d.valMax; }
        }
        if (d.valMaxlength !== undefined && value.length > Number(d.valMaxlengthMax)) { return d.valMaxlength; }
        return null;
    }
    function checkForm(form) {
        if (form.dataset.clientValidate === undefined) { return true; }
        var found = [], seen = {};
        Array.prototype.forEach.call(form.elements, function (field) {
            if (!field.name || field.disabled || field.dataset.val !== "true" || seen[field.name]) { return; }
            // A field in a closed dialog is not part of what the person is sending now.
            if (field.closest("dialog:not([open])")) { return; }
            seen[field.name] = true;
            var problem = problemOf(field);
            var fields = field.type === "radio" ? form.querySelectorAll("input[type=radio][name='" + CSS.escape(field.name) + "']") : [field];
            var message = form.querySelector("[data-valmsg-for='" + CSS.escape(field.name) + "']");
            if (problem) {
                message = messageFor(field);
                message.textContent = problem;
                message.dataset.clientError = "1";
                found.push({ field: field, message: problem });
            } else if (message && message.dataset.clientError === "1") {
                message.textContent = "";
                delete message.dataset.clientError;
            }
            Array.prototype.forEach.call(fields, function (f) {
                if (problem) {
                    f.setAttribute("aria-invalid", "true");
                    var described = (f.getAttribute("aria-describedby") || "").split(" ").filter(function (x) { return x; });
                    if (described.indexOf(message.id) < 0) { described.push(message.id); }
                    f.setAttribute("aria-describedby", described.join(" "));
                    if (f.type !== "radio") { f.classList.add("is-invalid"); }
                } else if (message && !message.textContent.trim()) {
                    f.removeAttribute("aria-invalid");
                    f.classList.remove("is-invalid");
                }
            });
        });
        if (found.length === 0) { return true; }
        showSummary(form, found);
        return false;
    }
    // In the summary a message names its field ("Weight (g): Required."); a choice's message already says what to choose.
    function named(summary, field, message) {
        if (!field || field.type === "radio" || field.type === "checkbox") { return message; }
        var label = field.labels && field.labels.length ? field.labels[0].textContent : field.getAttribute("aria-label");
        label = (label || "").replace(/\s+/g, " ").trim();
        return label ? (summary.dataset.labelFormat || "{0}: {1}").replace("{0}", label).replace("{1}", message) : message;
    }
    // Straight there, not a smooth scroll: the page stands still once the reader (or a test) looks at it.
    function focusNow(element, block) {
        element.scrollIntoView({ block: block, behavior: "instant" });
        element.focus({ preventScroll: true });
    }
    function showSummary(form, found) {
        var summary = form.querySelector("[data-error-summary]") || document.querySelector("[data-error-summary]");
        if (!summary) { found[0].field.focus(); return; }
        var list = summary.querySelector("[data-error-summary-list]");
        list.textContent = "";
        found.forEach(function (f) {
            var item = document.createElement("li");
            var link = document.createElement("a");
            link.href = "#" + messageFor(f.field).id;
            link.dataset.field = f.field.name;
            link.textContent = named(summary, f.field, f.message);
            item.appendChild(link);
            list.appendChild(item);
        });
        summary.hidden = false;
        focusNow(summary, "start");
    }
    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (event.submitter && event.submitter.formNoValidate) { return; }
        if (!checkForm(form)) { event.preventDefault(); event.stopImmediatePropagation(); }
    }, true);
    document.querySelectorAll("form[data-client-validate]").forEach(function (form) { form.noValidate = true; });

    // The summary's links go to the field itself (its message without JavaScript).
    document.addEventListener("click", function (event) {
        var link = event.target.closest("[data-error-summary] a[data-field]");
        if (!link) { return; }
        var fields = document.querySelectorAll("[name='" + CSS.escape(link.dataset.field) + "']:not([type=hidden])");
        var field = Array.prototype.find.call(fields, function (f) { return f.checked; }) || fields[0];
        if (!field || field.closest("dialog:not([open])")) { return; }
        event.preventDefault();
        focusNow(field, "center");
    });

    // After a submit the server refused, the summary names each field and takes focus (unless a dialog opened for the errors).
    var refused = document.querySelector("[data-error-summary]:not([hidden])");
    if (refused) {
        refused.querySelectorAll("a[data-field]").forEach(function (link) {
            var field = document.querySelector("[name='" + CSS.escape(link.dataset.field) + "']:not([type=hidden])");
            if (field && !field.closest("dialog:not([open])")) { link.textContent = named(refused, field, link.textContent.trim()); }
        });
        if (!document.querySelector("dialog[open]")) { focusNow(refused, "start"); }
    }

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
        if (cleared) { field.classList.remove("is-invalid"); field.removeAttribute("aria-invalid"); }
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
