// For wikis that embed Fixpath: resizes Fixpath iframes to their content. Add once per page:
//   <script src="https://fixpath.example.org/embed-resize.js" defer></script>
// It accepts a height message only from the very iframe it resizes: the message must come from that
// iframe's window (event.source) and from the origin of its src (event.origin), have the exact shape
// { type: "fixpath:height", height: <number> }, and the height must be a whole number of pixels in range.
(function () {
  "use strict";
  var MIN_HEIGHT = 50;
  var MAX_HEIGHT = 20000;

  function originOf(src) {
    try {
      return new URL(src, document.baseURI).origin;
    } catch {
      return null;
    }
  }

  function isFixpathFrame(frame) {
    return /\/embed\/[a-z]{2}\//.test(frame.getAttribute("src") || "");
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "fixpath:height") return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height)) return;
    if (height < MIN_HEIGHT || height > MAX_HEIGHT) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source || !isFixpathFrame(frame)) continue;
      if (originOf(frame.src) !== event.origin) return;
      frame.height = String(Math.ceil(height));
      frame.style.height = Math.ceil(height) + "px";
      return;
    }
  });
})();
