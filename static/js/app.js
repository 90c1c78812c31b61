// Quotedesk, every page: mark that JavaScript runs, and show toasts sent by the server.
"use strict";

document.documentElement.classList.add("js");

(function () {
  const box = document.getElementById("messages");

  function fadeLater(el, ms) {
    setTimeout(() => {
      el.classList.add("fading");
      setTimeout(() => el.remove(), 450);
    }, ms);
  }

  function toast(message, level) {
    if (!box || !message) return;
    const p = document.createElement("p");
    p.className = "msg msg-" + (level || "success");
    p.setAttribute("role", level === "error" ? "alert" : "status");
    p.textContent = message;
    box.appendChild(p);
    fadeLater(p, level === "error" ? 8000 : 4000);
  }

  window.quotedesk = { toast: toast };

  if (box) box.querySelectorAll(".msg").forEach((el) => fadeLater(el, 7000));

  document.body.addEventListener("toast", (event) => {
    toast(event.detail && event.detail.message, event.detail && event.detail.level);
  });
  document.body.addEventListener("htmx:responseError", (event) => {
    const status = event.detail.xhr ? event.detail.xhr.status : 0;
    toast(status === 403 ? "You are not allowed to do that." : "Something went wrong (HTTP " + status + "). Please try again.", "error");
  });
  document.body.addEventListener("htmx:sendError", () => toast("The server cannot be reached. Check your connection.", "error"));
})();
