// Shipping notice page: sends the browser's time-zone offset, so a shipped-at time typed in local time is read as such.
document.getElementById("tz-offset") && (document.getElementById("tz-offset").value = new Date().getTimezoneOffset());
