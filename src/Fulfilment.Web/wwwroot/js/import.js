// Order import page: a long import shows that work is under way.
(function () {
    // Long imports show that work is under way (the button itself is disabled by the shared script).
    var form = document.getElementById("import-form");
    if (!form) { return; }
    form.addEventListener("submit", function () {
        form.querySelector(".import-progress").hidden = false;
        document.getElementById("import-status").hidden = true;
    });
})();
