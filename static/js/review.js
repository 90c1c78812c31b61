// The article review page: selection kept in sync between the text and the quote list, keyboard
// shortcuts, and turning a text selection into character offsets in article.body.
"use strict";

(function () {
  const page = document.getElementById("review");
  if (!page) return;

  let selectedId = null;
  let pendingSelect = null;

  const list = () => document.getElementById("quote-list");
  const body = () => document.getElementById("article-body");
  const rows = () => Array.from(document.querySelectorAll("#quote-list [data-quote-id]"));
  const rowFor = (id) => document.getElementById("quote-" + id);

  // ---- selection ------------------------------------------------------------------------
  function select(id, opts) {
    const options = Object.assign({ scrollRow: true, scrollText: true, updateHash: true }, opts || {});
    const row = rowFor(id);
    if (!row) return;
    selectedId = String(id);
    document.querySelectorAll(".quote-row.is-selected").forEach((el) => el.classList.remove("is-selected"));
    row.classList.add("is-selected");
    markText();
    if (options.scrollRow) row.scrollIntoView({ block: "nearest" });
    if (options.scrollText) {
      const seg = body() && body().querySelector('[data-q~="' + selectedId + '"]');
      if (seg) {
        const r = seg.getBoundingClientRect();
        if (r.top < 80 || r.bottom > window.innerHeight - 120) seg.scrollIntoView({ block: "center" });
      }
    }
    // Keep the address pointing at the quote (reload and share land on it). Not during page load:
    // the browser would then scroll to the new fragment when loading finishes.
    if (options.updateHash && history.replaceState) history.replaceState(null, "", "#quote-" + selectedId);
  }

  function markText() {
    const b = body();
    if (!b) return;
    b.querySelectorAll(".is-selected").forEach((el) => el.classList.remove("is-selected"));
    if (selectedId) b.querySelectorAll('[data-q~="' + selectedId + '"]').forEach((el) => el.classList.add("is-selected"));
  }

  function move(step) {
    const all = rows();
    if (!all.length) return;
    const i = all.findIndex((r) => r.dataset.quoteId === selectedId);
    const next = i < 0 ? (step > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, i + step));
    select(all[next].dataset.quoteId);
  }

  // After acting on a quote, move to the next one still pending (or simply the next one).
  function advance() {
    const all = rows();
    const i = all.findIndex((r) => r.dataset.quoteId === selectedId);
    const later = all.slice(i + 1);
    const target = later.find((r) => r.classList.contains("s-pending")) || later[0];
    if (target) select(target.dataset.quoteId);
  }

  function submitAction(action) {
    const row = selectedId && rowFor(selectedId);
    if (!row) return false;
    const button = row.querySelector('button[data-action="' + action + '"]');
    if (!button) return false;
    if (!button.disabled) button.click();
    return true;
  }

  // The editor (speaker, kind, span, history) loads when a row's <details> opens.
  let focusSpeakerOf = null;
  function focusSpeaker() {
    const row = selectedId && rowFor(selectedId);
    if (!row) return;
    const input = row.querySelector(".speaker-form input[name=speaker]");
    if (input) {
      input.focus();
      input.select();
      return;
    }
    focusSpeakerOf = selectedId;
    const edit = row.querySelector("details.edit");
    if (edit) edit.open = true;
  }

  function undo() {
    const form = document.querySelector(".undo-form");
    if (form) form.requestSubmit();
  }

  function showShortcuts() {
    const dialog = document.getElementById("shortcuts");
    if (dialog && !dialog.open) dialog.showModal();
  }

  // ---- clicks ---------------------------------------------------------------------------
  page.addEventListener("click", (event) => {
    const seg = event.target.closest("#article-body [data-q]");
    if (seg && window.getSelection().isCollapsed) {
      select(seg.dataset.q.split(" ")[0], { scrollText: false });
      return;
    }
    const row = event.target.closest(".quote-row");
    if (row && row.dataset.quoteId !== selectedId) select(row.dataset.quoteId, { scrollRow: false });
  });
  const shortcutsButton = document.getElementById("shortcuts-button");
  if (shortcutsButton) shortcutsButton.addEventListener("click", showShortcuts);

  // ---- keyboard ---------------------------------------------------------------------------
  // data-shortcuts on the page holds the reviewer's stored preference; the setting's form (in the
  // shortcuts dialog) answers with a `shortcuts-changed` event when it is changed.
  const shortcutsOn = () => page.dataset.shortcuts !== "off";
  document.body.addEventListener("shortcuts-changed", (event) => {
    if (event.detail) page.dataset.shortcuts = event.detail.on ? "on" : "off";
  });

  function typing(el) {
    if (!el || el === document.body) return false;
    if (el.isContentEditable) return true;
    // A checkbox or button takes no text (the shortcuts setting's checkbox: Escape closes its dialog).
    if (el.tagName === "INPUT" && ["checkbox", "radio", "button", "submit", "reset"].includes(el.type)) return false;
    return ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName);
  }

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    const target = event.target;
    if (typing(target)) {
      if (event.key === "Escape") {
        const options = target.closest(".typeahead") && target.closest(".typeahead").querySelector(".options");
        if (options && options.children.length) options.replaceChildren();
        else target.blur();
        event.preventDefault();
      } else if (event.key === "ArrowDown" && target.closest(".typeahead")) {
        const first = target.closest(".typeahead").querySelector(".option");
        if (first) {
          first.focus();
          event.preventDefault();
        }
      }
      return;
    }
    if (document.querySelector("dialog[open]")) return;
    const option = target.closest && target.closest(".option");
    if (option && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      const sibling = event.key === "ArrowDown" ? option.nextElementSibling : option.previousElementSibling;
      if (sibling) sibling.focus();
      else if (event.key === "ArrowUp") option.closest(".typeahead").querySelector("input").focus();
      event.preventDefault();
      return;
    }
    // The reviewer may turn single-key shortcuts off (WCAG 2.1.4): then no key acts here.
    if (!shortcutsOn()) return;
    // Enter keeps its usual meaning on buttons, links and summaries.
    const onControl = target.closest && target.closest("button, a, summary");
    let handled = true;
    switch (event.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "a": if (submitAction("confirm")) advance(); break;
      case "Enter": if (onControl) { handled = false; } else if (submitAction("confirm")) advance(); break;
      case "r": if (submitAction("reject")) advance(); break;
      case "s": focusSpeaker(); break;
      case "u": undo(); break;
      case "?": showShortcuts(); break;
      default: handled = false;
    }
    if (handled) event.preventDefault();
  });

  // ---- text selection -> character offsets -------------------------------------------------
  // Every text segment of the body has data-offset = its start in article.body, and holds exactly
  // one text node, so a DOM position maps to data-offset + offset inside that node.
  function firstSegment(node) {
    if (!node) return null;
    if (node.nodeType === Node.ELEMENT_NODE) return node.matches("[data-offset]") ? node : node.querySelector("[data-offset]");
    return node.parentElement && node.parentElement.closest("[data-offset]");
  }

  function lastSegment(node) {
    if (!node || node.nodeType !== Node.ELEMENT_NODE) return firstSegment(node);
    if (node.matches("[data-offset]")) return node;
    const all = node.querySelectorAll("[data-offset]");
    return all.length ? all[all.length - 1] : null;
  }

  function offsetOf(node, offset) {
    if (node.nodeType === Node.TEXT_NODE) {
      const seg = node.parentElement.closest("[data-offset]");
      return seg ? Number(seg.dataset.offset) + offset : null;
    }
    if (node.matches && node.matches("[data-offset]")) {
      return Number(node.dataset.offset) + (offset > 0 ? node.textContent.length : 0);
    }
    const kids = node.childNodes;
    if (offset < kids.length) {
      const seg = firstSegment(kids[offset]);
      return seg ? Number(seg.dataset.offset) : null;
    }
    const seg = lastSegment(kids[kids.length - 1]);
    return seg ? Number(seg.dataset.offset) + seg.textContent.length : null;
  }

  const tools = document.getElementById("selection-tools");
  const preview = document.getElementById("selection-preview");
  let chosen = null;

  function readSelection() {
    const sel = window.getSelection();
    const b = body();
    if (!sel || sel.isCollapsed || !sel.rangeCount || !b) return null;
    const range = sel.getRangeAt(0);
    if (!b.contains(range.startContainer) || !b.contains(range.endContainer)) return null;
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return null;
    return { start: start, end: end, text: sel.toString() };
  }

  function onSelection() {
    const picked = readSelection();
    if (!picked) return;
    chosen = picked;
    document.getElementById("add-start").value = picked.start;
    document.getElementById("add-end").value = picked.end;
    preview.textContent = picked.text.length > 200 ? picked.text.slice(0, 197) + "…" : picked.text;
    tools.classList.add("active");
    const useAsSpan = document.getElementById("use-as-span");
    useAsSpan.disabled = !selectedId;
  }

  function clearSelectionTools() {
    chosen = null;
    tools.classList.remove("active");
    preview.textContent = "";
  }

  document.addEventListener("mouseup", (event) => {
    if (body() && body().contains(event.target)) setTimeout(onSelection, 0);
  });
  document.addEventListener("keyup", (event) => {
    if (event.shiftKey && !typing(event.target)) onSelection();
  });

  document.getElementById("use-as-span").addEventListener("click", () => {
    const row = selectedId && rowFor(selectedId);
    if (!row || !chosen) return;
    htmx.ajax("POST", row.querySelector(".edit-slot").getAttribute("hx-get") + "span/", {
      source: row,
      target: row,
      swap: "outerHTML",
      values: { start: chosen.start, end: chosen.end, version: row.dataset.version },
    });
    clearSelectionTools();
    window.getSelection().removeAllRanges();
  });

  // ---- server events ---------------------------------------------------------------------
  const announcer = document.getElementById("review-announcer");
  // One answer may carry a toast (what happened, in words) and quote-changed (the quote's status).
  // The words win: under second review a confirm records the reviewer's own review and the quote
  // stays pending, and "Quote pending" alone told a screen-reader user the confirm had not happened.
  let heard = null;
  function announce(text, isStatus) {
    if (!announcer) return;
    if (!heard) {
      heard = {};
      setTimeout(() => {
        const said = heard.words || heard.status;
        heard = null;
        announcer.textContent = "";
        setTimeout(() => { announcer.textContent = said; }, 50);  // a new text is read even if unchanged
      }, 0);
    }
    heard[isStatus ? "status" : "words"] = text;
  }
  document.body.addEventListener("toast", (event) => {
    if (event.detail && event.detail.message) announce(event.detail.message);
  });

  document.body.addEventListener("quote-changed", (event) => {
    // The text's classes follow the quote's new status and kind without re-rendering the body.
    const d = event.detail || {};
    if (d.id && d.status) announce("Quote " + d.status + (d.kind ? ", " + d.kind : "") + ".", true);
    const b = body();
    if (!b || !d.id) return;
    b.querySelectorAll('[data-q^="' + d.id + '"]').forEach((seg) => {
      if (seg.dataset.q.split(" ")[0] !== String(d.id) || !seg.classList.contains("hl")) return;
      seg.className = seg.className.replace(/\bk-\w+/, "k-" + d.kind).replace(/\bs-\w+/, "s-" + d.status);
    });
  });
  document.body.addEventListener("quote-select", (event) => {
    if (event.detail && event.detail.id) pendingSelect = String(event.detail.id);
  });

  // Adding a missed quote: picking a speaker fills the field and moves on to the kind; only
  // "Add quote" submits. (Without JavaScript the options submit the form, kind as selected.)
  const addForm = document.getElementById("add-quote-form");
  const addPerson = document.getElementById("add-person");
  const addSpeaker = document.getElementById("add-speaker");
  if (addForm && addPerson && addSpeaker) {
    addForm.addEventListener("click", (event) => {
      const option = event.target.closest(".option");
      if (!option) return;
      event.preventDefault();
      if (option.name === "person") {
        addPerson.value = option.value;
        const name = option.firstChild && option.firstChild.nodeType === Node.TEXT_NODE ? option.firstChild.textContent : option.textContent;
        addSpeaker.value = name.trim();
      } else {
        addPerson.value = "";
        addSpeaker.value = option.value;
      }
      option.closest(".options").replaceChildren();
      addSpeaker.setAttribute("aria-expanded", "false");
      document.getElementById("add-kind").focus();
    });
    addSpeaker.addEventListener("input", () => { addPerson.value = ""; });
    // Suggestions that arrive after the reviewer moved on (picked, submitted) stay closed.
    document.body.addEventListener("htmx:afterSwap", (event) => {
      const target = event.detail.target;
      if (target && target.id === "add-speaker-options" && document.activeElement !== addSpeaker) target.replaceChildren();
    });
  }

  // The quote was added (2xx; a 409 is the overlap prompt, which keeps what the reviewer typed).
  document.body.addEventListener("htmx:afterRequest", (event) => {
    const form = event.detail.elt;
    const added = event.detail.xhr && event.detail.xhr.status < 300 && event.detail.successful;
    if (!form || !added || !(form.id === "add-quote-form" || form.classList.contains("overlap-form"))) return;
    const addQuoteForm = document.getElementById("add-quote-form");
    addQuoteForm.reset();
    if (addPerson) addPerson.value = "";
    addQuoteForm.querySelectorAll(".options").forEach((o) => o.replaceChildren());
    closeOverlapPrompt(false);
    clearSelectionTools();
    window.getSelection().removeAllRanges();
  });

  // A selection overlapping quotes already in the article: the server's prompt lands in #add-overlap
  // (keep both, replace, cancel). Cancel and Esc close it without saving anything.
  const overlapBox = document.getElementById("add-overlap");
  function closeOverlapPrompt(refocus) {
    if (!overlapBox || !overlapBox.children.length) return;
    overlapBox.replaceChildren();
    if (refocus) document.querySelector("#add-quote-form button[type=submit]").focus();
  }
  document.body.addEventListener("htmx:afterSwap", (event) => {
    if (!overlapBox || event.detail.target !== overlapBox) return;
    const keep = overlapBox.querySelector(".overlap-form button");
    if (keep) keep.focus();
    announce("This quote overlaps quotes already in the article: keep both, replace, or cancel.");
  });
  if (overlapBox) {
    overlapBox.addEventListener("click", (event) => {
      if (!event.target.closest(".overlap-cancel")) return;
      event.preventDefault();
      closeOverlapPrompt(true);
      announce("Quote not added.");
    });
    overlapBox.addEventListener("keydown", (event) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      event.stopPropagation();
      closeOverlapPrompt(true);
      announce("Quote not added.");
    });
  }

  // A refused action (409: someone else changed the quote) keeps the reviewer on that quote, whose
  // row now says who changed it: the keyboard had already moved on to the next one.
  document.body.addEventListener("htmx:afterRequest", (event) => {
    const xhr = event.detail.xhr;
    if (!xhr || xhr.status !== 409) return;
    const path = (event.detail.pathInfo && event.detail.pathInfo.requestPath) || "";
    const m = path.match(/\/quotes\/(\d+)\//);
    if (m && rowFor(m[1])) {
      pendingSelect = null;
      select(m[1], { scrollText: false });
    }
  });

  // Fragments swapped in (a row, the list, the body) keep the current selection.
  htmx.onLoad((el) => {
    if (el.nodeType !== Node.ELEMENT_NODE) return;
    if (focusSpeakerOf && el.closest && el.closest("#quote-" + focusSpeakerOf)) {
      const input = el.querySelector ? el.querySelector(".speaker-form input[name=speaker]") : null;
      if (input) {
        focusSpeakerOf = null;
        input.focus();
        input.select();
      }
    }
    if (pendingSelect && rowFor(pendingSelect)) {
      const id = pendingSelect;
      pendingSelect = null;
      select(id);
      return;
    }
    if (selectedId && (el.id === "quote-list" || el.id === "quote-" + selectedId)) {
      const row = rowFor(selectedId);
      if (row) row.classList.add("is-selected");
    }
    if (el.id === "article-body" || el === document.body) markText();
  });

  // Open on the quote in the address (#quote-12), else on the first pending quote.
  const fromHash = location.hash.match(/^#quote-(\d+)$/);
  const first = (fromHash && rowFor(fromHash[1])) || rows().find((r) => r.classList.contains("s-pending")) || rows()[0];
  if (first) select(first.dataset.quoteId, { scrollText: !!fromHash, scrollRow: !!fromHash, updateHash: false });
})();
