// saidwhat article page: link highlights in the text to the statement list, and show details on click.
// No dependencies, no inline handlers (the page's CSP forbids them); text is moved with cloneNode/textContent only.
(function () {
  "use strict";
  var text = document.getElementById("sw-text");
  var pop = document.getElementById("sw-pop");
  if (!text || !pop) return;
  var body = pop.querySelector(".pop-body");
  var current = null;

  function sel(sid) { return '[data-s="' + (window.CSS && CSS.escape ? CSS.escape(sid) : sid.replace(/["\\]/g, "\\$&")) + '"]'; }

  function clear() {
    document.querySelectorAll(".sw-on").forEach(function (el) { el.classList.remove("sw-on"); });
    pop.hidden = true;
    current = null;
  }

  function place(anchor) {
    var r = anchor.getBoundingClientRect();
    pop.hidden = false;
    var w = pop.offsetWidth;
    var left = Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - w - 12);
    pop.style.left = Math.max(8, left) + "px";
    pop.style.top = (window.scrollY + r.bottom + 8) + "px";
  }

  function activate(sid, anchor, fromList) {
    clear();
    current = sid;
    text.querySelectorAll(sel(sid)).forEach(function (el) { el.classList.add("sw-on"); });
    var li = document.getElementById("li-" + sid);
    body.textContent = "";
    if (li) {
      li.classList.add("sw-on");
      var head = li.querySelector(".stmt-head");
      var dl = li.querySelector(".stmt-detail");
      if (head) { var h = head.cloneNode(true); h.className = "stmt-head"; body.appendChild(h); }
      if (dl) { var d = dl.cloneNode(true); d.className = ""; body.appendChild(d); }
      if (!fromList) li.scrollIntoView({ block: "nearest" });
    }
    var target = anchor || document.getElementById("st-" + sid) || text.querySelector(sel(sid));
    if (target) {
      if (fromList) target.scrollIntoView({ block: "center" });
      place(target);
    }
  }

  text.addEventListener("click", function (ev) {
    var hl = ev.target.closest(".sw-hl");
    if (!hl) { clear(); return; }
    ev.stopPropagation();
    var sid = hl.getAttribute("data-s");
    if (sid === current) { clear(); return; }
    activate(sid, hl, false);
  });

  document.querySelectorAll(".stmt-btn").forEach(function (btn) {
    btn.addEventListener("click", function (ev) {
      ev.stopPropagation();
      activate(btn.getAttribute("data-s"), null, true);
    });
  });

  pop.querySelector(".pop-close").addEventListener("click", clear);
  pop.addEventListener("click", function (ev) { ev.stopPropagation(); });
  document.addEventListener("click", function () { if (current) clear(); });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") clear(); });

  function fromHash() {
    var h = decodeURIComponent(location.hash || "");
    if (h.indexOf("#st-") === 0) activate(h.slice(4), null, true);
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
