// Quotedesk, the team workflow on the article page. (1) Each quote row shows its open flag and how many
// comments it has (from the discussion panel's data-quote-marks; the rows themselves are cached per
// quote for everyone, so they carry no discussion). (2) An @mention typeahead for comment boxes (textarea[data-mention-url]), on the article page and in
// the quote editors htmx loads into it. Typing "@ca" lists matching colleagues (the server's
// workflow/article_panel.html#mention-options fragment); ↓/↑ choose, Enter or Tab (or a click) puts
// "@carlos " in the text, Esc closes the list. Without JavaScript the box is a plain textarea.
"use strict";

(function () {
  const BEFORE_CARET = /(^|[^\w@.+-])@([\w.+-]*)$/;
  let timer = null;

  function listFor(box) {
    return document.getElementById(box.getAttribute("aria-controls"));
  }

  function options(list) {
    return Array.from(list.querySelectorAll("[role=option]"));
  }

  function close(box) {
    const list = listFor(box);
    if (list) {
      list.replaceChildren();
      list.removeAttribute("role"); // an empty listbox is an error to assistive technology
    }
    box.removeAttribute("aria-activedescendant");
  }

  function prefixAtCaret(box) {
    const match = BEFORE_CARET.exec(box.value.slice(0, box.selectionStart));
    return match ? match[2] : null;
  }

  function suggest(box) {
    const prefix = prefixAtCaret(box);
    if (prefix === null) {
      close(box);
      return;
    }
    const url = box.dataset.mentionUrl + "?q=" + encodeURIComponent(prefix);
    fetch(url, { headers: { "HX-Request": "true" }, credentials: "same-origin" })
      .then((response) => (response.ok ? response.text() : ""))
      .then((html) => {
        if (prefixAtCaret(box) !== prefix) return; // typed on meanwhile
        const list = listFor(box);
        if (!list) return;
        list.innerHTML = html; // the server's fragment: escaped names only
        if (list.children.length) list.setAttribute("role", "listbox");
        else list.removeAttribute("role");
        box.removeAttribute("aria-activedescendant");
      })
      .catch(() => close(box));
  }

  function move(box, step) {
    const all = options(listFor(box));
    if (!all.length) return false;
    const current = all.findIndex((o) => o.id === box.getAttribute("aria-activedescendant"));
    const next = all[(current + step + all.length) % all.length];
    all.forEach((o) => o.setAttribute("aria-selected", o === next ? "true" : "false"));
    box.setAttribute("aria-activedescendant", next.id);
    return true;
  }

  function pick(box, option) {
    const caret = box.selectionStart;
    const before = box.value.slice(0, caret).replace(/@[\w.+-]*$/, "@" + option.dataset.username + " ");
    box.value = before + box.value.slice(caret);
    box.setSelectionRange(before.length, before.length);
    close(box);
    box.focus();
  }

  document.addEventListener("input", (event) => {
    const box = event.target;
    if (!box.matches || !box.matches("textarea[data-mention-url]")) return;
    clearTimeout(timer);
    timer = setTimeout(() => suggest(box), 120);
  });

  // Capture phase: the page's own shortcuts (review.js) must not also see a key the list used.
  document.addEventListener(
    "keydown",
    (event) => {
      const box = event.target;
      if (!box.matches || !box.matches("textarea[data-mention-url]")) return;
      const list = listFor(box);
      if (!list || !list.children.length) return;
      let used = false;
      if (event.key === "ArrowDown") used = move(box, 1);
      else if (event.key === "ArrowUp") used = move(box, -1);
      else if (event.key === "Enter" || event.key === "Tab") {
        const active = document.getElementById(box.getAttribute("aria-activedescendant") || "");
        const chosen = active || options(list)[0];
        if (chosen) {
          pick(box, chosen);
          used = true;
        }
      } else if (event.key === "Escape") {
        close(box);
        used = true;
      }
      if (used) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    true,
  );

  document.addEventListener("mousedown", (event) => {
    const option = event.target.closest && event.target.closest("[data-mention-for] [role=option]");
    if (!option) return;
    event.preventDefault(); // keep the focus (and the caret) in the box
    const box = document.getElementById(option.closest("[data-mention-for]").dataset.mentionFor);
    if (box) pick(box, option);
  });

  document.addEventListener("focusout", (event) => {
    const box = event.target;
    if (box.matches && box.matches("textarea[data-mention-url]")) setTimeout(() => close(box), 150);
  });
})();

(function () {
  function applyMarks() {
    const panel = document.getElementById("discussion");
    if (!panel) return;
    let marks = {};
    try {
      marks = JSON.parse(panel.dataset.quoteMarks || "{}");
    } catch (e) {
      return;
    }
    document.querySelectorAll(".quote-row").forEach((row) => {
      const head = row.querySelector(".row-head");
      if (!head) return;
      head.querySelectorAll(".wf-mark").forEach((el) => el.remove());
      const mark = marks[row.dataset.quoteId];
      if (!mark) return;
      const add = (text, cls) => {
        const a = document.createElement("a");
        a.className = "badge wf-mark " + cls;
        a.href = "#discussion";
        a.textContent = text;
        head.append(" ", a);
      };
      if (mark.flag) add(mark.flag, "flag-badge");
      if (mark.comments) add(mark.comments + (mark.comments === 1 ? " comment" : " comments"), "comment-badge");
    });
  }

  applyMarks();
  document.body.addEventListener("htmx:afterSettle", applyMarks);
})();
