// Fixpath embed views: tell the framing page how tall the content is, so it can size the iframe.
// Sends exactly { type: "fixpath:height", height } and nothing else, and only to the parent's origin:
// the frame cannot know that origin for sure, so it uses location.ancestorOrigins (Chromium, Safari) or
// else the origin of document.referrer, remembered for this tab so later pages of the embed still know it.
// With neither (a wiki sending `Referrer-Policy: no-referrer` in Firefox) it sends nothing and the iframe
// keeps the height the wiki gave it.
(function () {
  "use strict";
  if (window.parent === window) return;
  var KEY = "fixpath-embed-parent-origin";

  function parentOrigin() {
    try {
      if (location.ancestorOrigins && location.ancestorOrigins.length > 0) {
        var ancestor = location.ancestorOrigins[0];
        return ancestor && ancestor !== "null" ? ancestor : null;
      }
    } catch {
      /* fall through to the referrer */
    }
    var fromReferrer = null;
    try {
      if (document.referrer) fromReferrer = new URL(document.referrer).origin;
    } catch {
      fromReferrer = null;
    }
    try {
      // After a navigation inside the frame the referrer is our own page: use the origin seen first.
      if (fromReferrer && fromReferrer !== location.origin) sessionStorage.setItem(KEY, fromReferrer);
      else fromReferrer = sessionStorage.getItem(KEY);
    } catch {
      /* storage blocked: keep what the referrer said */
    }
    return fromReferrer && fromReferrer !== "null" ? fromReferrer : null;
  }

  var target = parentOrigin();
  if (!target) return;
  var last = -1;

  function measure() {
    var root = document.querySelector("[data-embed-root]") || document.body;
    return Math.ceil(root.getBoundingClientRect().height);
  }

  function send() {
    var height = measure();
    if (height === last || !(height > 0)) return;
    last = height;
    window.parent.postMessage({ type: "fixpath:height", height: height }, target);
  }

  function start() {
    send();
    // The framing page may add its listener after our first message: say it again once everything loaded.
    window.addEventListener("load", function () {
      last = -1;
      send();
    });
    if (typeof ResizeObserver === "function") new ResizeObserver(send).observe(document.body);
    else window.addEventListener("resize", send);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
