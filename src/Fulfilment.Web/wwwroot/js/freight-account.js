// Freight account page: the top-up confirmation names the amount; the method help follows the chosen method.
(function () {
    // The confirmation names the amount being added; the method's help follows the chosen method.
    var amount = document.getElementById("TopUp_Amount");
    var submit = document.querySelector("[data-testid=top-up-submit]");
    function sync() {
        var value = parseFloat(amount.value);
        if (!isNaN(value) && value > 0) {
            submit.dataset.confirm = submit.dataset.confirmTemplate.replace("{amount}", value.toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
        }
    }
    if (amount && submit) {
        amount.addEventListener("input", sync);
        document.querySelectorAll("[data-amount]").forEach(function (b) {
            b.addEventListener("click", function () { amount.value = b.dataset.amount; sync(); amount.focus(); });
        });
        sync();
    }
    document.querySelectorAll("input[name='Bind.Method']").forEach(function (radio) {
        radio.addEventListener("change", function () {
            document.querySelectorAll(".method-help").forEach(function (help) { help.hidden = help.dataset.method !== radio.value; });
        });
    });
})();
