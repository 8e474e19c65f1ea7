// Fixpath script-tag embed: <fixpath-error code="34513" lang="sv"> (or error-id="…", causes="2") and
// <fixpath-search lang="sv">. Plain JS, shadow DOM, data only ever set as textContent (never as HTML).
// Data comes from the JSON API of the origin this script was loaded from.
(function () {
  "use strict";
  var script = document.currentScript;
  var ORIGIN = script && script.src ? new URL(script.src).origin : location.origin;
  var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  // Light unless the page says theme="dark" (or theme="auto": the reader's system setting), like the iframe.
  var LIGHT =
    "--fp-ink:#1b1f24;--fp-bg:#fff;--fp-line:#d0d7de;--fp-card:#f6f8fa;--fp-accent:#0b5cad;--fp-muted:#57606a;--fp-danger:#b42318";
  var DARK =
    "--fp-ink:#e6edf3;--fp-bg:#0d1117;--fp-line:#3d444d;--fp-card:#161b22;--fp-accent:#6cb6ff;--fp-muted:#9da7b3;--fp-danger:#ff7b72";
  var CSS =
    ":host{display:block;font:15px/1.5 system-ui,sans-serif;color:var(--fp-ink);" +
    LIGHT +
    "}" +
    ":host([theme=dark]){" +
    DARK +
    "}" +
    "@media (prefers-color-scheme:dark){:host([theme=auto]){" +
    DARK +
    "}}" +
    ".card{border:1px solid var(--fp-line);border-radius:8px;padding:12px 16px;background:var(--fp-bg)}" +
    "h2{font-size:1.1em;margin:0 0 6px}h3{font-size:1em;margin:8px 0 2px}" +
    "code{font-family:ui-monospace,monospace;background:var(--fp-card);border:1px solid var(--fp-line);border-radius:999px;padding:0 8px;margin-right:4px}" +
    "blockquote{margin:8px 0;padding:8px;border-left:4px solid var(--fp-danger);background:var(--fp-card);font-family:ui-monospace,monospace;white-space:pre-wrap;overflow-wrap:anywhere}" +
    "a{color:var(--fp-accent)}ol,ul{margin:4px 0;padding-left:22px}.muted{color:var(--fp-muted)}" +
    "form{display:flex;gap:6px}input{flex:1;padding:6px;min-width:0}button{padding:6px 12px}";

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  /** The host's lang as a locale in URL form (`pt-BR` → `pt-br`), or "" (the API's default) when malformed. */
  function localeOf(host) {
    var tag = (host.getAttribute("lang") || "").trim().replace(/_/g, "-").toLowerCase();
    return tag.length <= 35 && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(tag) ? tag : "";
  }

  /** `&locale=<locale>` for a query, or nothing when the host named no usable locale. */
  function localeParam(locale) {
    return locale ? "&locale=" + encodeURIComponent(locale) : "";
  }

  /** A link to a site path from the API; anything that is not a plain path of ours becomes the home page. */
  function siteLink(path, text) {
    var a = el("a", text);
    var url = new URL(typeof path === "string" && /^\/[^/\\]/.test(path) ? path : "/", ORIGIN);
    a.href = url.origin === ORIGIN ? url.href : ORIGIN + "/";
    a.target = "_blank";
    a.rel = "noopener";
    return a;
  }

  function getJson(path) {
    return fetch(ORIGIN + path, { credentials: "omit" }).then(function (response) {
      // 400 on a path with a locale: a language this portal does not serve; ask in its default one instead.
      if (response.status === 400 && /[?&]locale=/.test(path))
        return getJson(path.replace(/([?&])locale=[^&]*&?/, "$1").replace(/[?&]$/, ""));
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    });
  }

  function attachRoot(host) {
    var root = host.shadowRoot || host.attachShadow({ mode: "open" });
    if (root.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === "function") {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } else {
      root.appendChild(el("style", CSS));
    }
    var card = el("div", null, "card");
    root.appendChild(card);
    return card;
  }

  /** The steps of some actions as one list, as text. */
  function stepList(actions) {
    var steps = el("ul");
    actions.forEach(function (action) {
      (action.steps || []).forEach(function (step) {
        steps.appendChild(el("li", step.text));
      });
    });
    return steps;
  }

  function renderError(card, error, limit) {
    card.replaceChildren();
    card.appendChild(el("h2", error.title));
    var codes = el("p");
    (error.codes || []).forEach(function (code) {
      codes.appendChild(el("code", code));
    });
    if (codes.childNodes.length) card.appendChild(codes);
    if (error.message) card.appendChild(el("blockquote", error.message));
    var actions = Array.isArray(error.actions) ? error.actions : [];
    var causeIdsOf = function (action) {
      return Array.isArray(action.causes) ? action.causes : [];
    };
    var causes = (error.causes || []).slice(0, limit);
    if (causes.length) {
      var list = el("ol");
      causes.forEach(function (cause) {
        var item = el("li");
        item.appendChild(el("h3", cause.title));
        // A cause's own actions; an action several causes share is listed once, after the causes.
        var own = actions.length
          ? actions.filter(function (action) {
              var ids = causeIdsOf(action);
              return ids.length === 1 && ids[0] === cause.id;
            })
          : cause.actions || [];
        var steps = stepList(own);
        if (steps.childNodes.length) item.appendChild(steps);
        list.appendChild(item);
      });
      card.appendChild(list);
    }
    var rest = stepList(
      actions.filter(function (action) {
        return causeIdsOf(action).length !== 1;
      }),
    );
    if (rest.childNodes.length) {
      card.appendChild(el("h3", error.locale === "sv" ? "Gör så här" : "What to do"));
      card.appendChild(rest);
    }
    if (!actions.length && error.body && typeof error.body.text === "string") {
      error.body.text.split("\n").forEach(function (line) {
        if (line.trim()) card.appendChild(el("p", line));
      });
    }
    var more = el("p");
    more.appendChild(
      siteLink(error.url, error.locale === "sv" ? "Öppna felsidan ↗" : "Open the error page ↗"),
    );
    card.appendChild(more);
  }

  class FixpathError extends HTMLElement {
    connectedCallback() {
      var card = attachRoot(this);
      var locale = localeOf(this);
      var id = this.getAttribute("error-id") || "";
      var code = (this.getAttribute("code") || "").trim();
      var limit = Math.min(Math.max(parseInt(this.getAttribute("causes") || "3", 10) || 3, 1), 20);
      card.appendChild(el("p", "…", "muted"));
      var lookup;
      if (ID.test(id) && id.length <= 200) lookup = Promise.resolve(id);
      else if (code && code.length <= 120)
        lookup = getJson("/api/v1/codes/" + encodeURIComponent(code) + "?" + localeParam(locale)).then(
          function (found) {
            return found.errors[0].id;
          },
        );
      else lookup = Promise.reject(new Error("no code or error-id"));
      lookup
        .then(function (errorId) {
          return getJson("/api/v1/errors/" + encodeURIComponent(errorId) + "?" + localeParam(locale));
        })
        .then(function (error) {
          renderError(card, error, limit);
        })
        .catch(function () {
          card.replaceChildren(
            el("p", locale === "sv" ? "Felet hittades inte." : "Error not found.", "muted"),
          );
        });
    }
  }

  class FixpathSearch extends HTMLElement {
    connectedCallback() {
      var card = attachRoot(this);
      var locale = localeOf(this);
      var form = el("form");
      var input = el("input");
      input.type = "search";
      input.maxLength = 2000;
      input.setAttribute(
        "aria-label",
        locale === "sv" ? "Sök på felkod eller meddelande" : "Search by error code or message",
      );
      var button = el("button", locale === "sv" ? "Sök" : "Search");
      button.type = "submit";
      form.append(input, button);
      var results = el("ol");
      results.setAttribute("aria-live", "polite");
      card.append(form, results);
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var q = input.value.trim();
        if (!q) return;
        getJson("/api/v1/search?limit=5" + localeParam(locale) + "&q=" + encodeURIComponent(q))
          .then(function (answer) {
            results.replaceChildren();
            answer.results.forEach(function (result) {
              var item = el("li");
              item.appendChild(siteLink(result.url, result.title));
              if (result.codes.length) item.appendChild(el("span", " " + result.codes.join(", "), "muted"));
              results.appendChild(item);
            });
            if (!answer.results.length)
              results.appendChild(el("li", locale === "sv" ? "Inga träffar." : "No results.", "muted"));
          })
          .catch(function () {
            results.replaceChildren(el("li", "—", "muted"));
          });
      });
    }
  }

  if (!customElements.get("fixpath-error")) customElements.define("fixpath-error", FixpathError);
  if (!customElements.get("fixpath-search")) customElements.define("fixpath-search", FixpathSearch);
})();
