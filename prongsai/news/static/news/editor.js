/* The body editor of news and basic pages: a small toolbar (bold, italic, heading, lists, link)
   over an editable box that writes clean HTML back into the form's textarea before sending.
   Self-hosted, no inline script (CSP), no third-party code. Pasted HTML (Word's included) is
   cleaned here to the tags the server keeps; the server cleans again on save (sanitise.py).
   Without JavaScript the textarea works as before (plain text or simple HTML). */
(function () {
  "use strict";

  // What the server keeps (sanitise.TAGS); other elements are unwrapped, their text kept.
  var KEEP = {
    P: "p", DIV: "p", BR: "br", STRONG: "strong", B: "strong", EM: "em", I: "em",
    UL: "ul", OL: "ol", LI: "li", A: "a", H1: "h2", H2: "h2", H3: "h3", H4: "h4",
    H5: "h4", H6: "h4", BLOCKQUOTE: "blockquote", TR: "p"
  };
  // Dropped with their content: code, styles, Word's XML islands and metadata.
  var DROP = {
    SCRIPT: 1, STYLE: 1, TITLE: 1, HEAD: 1, META: 1, LINK: 1, XML: 1, IFRAME: 1,
    OBJECT: 1, EMBED: 1, TEMPLATE: 1, SVG: 1, MATH: 1, IMG: 1, NOSCRIPT: 1
  };
  var SCHEMES = /^(https?:|mailto:|tel:)/i;

  function copyClean(from, into) {
    Array.prototype.forEach.call(from.childNodes, function (child) {
      if (child.nodeType === 3) {
        into.appendChild(document.createTextNode(child.nodeValue));
        return;
      }
      if (child.nodeType !== 1) {
        return; // comments, Word's conditional comments included
      }
      var name = child.nodeName.toUpperCase();
      var style = child.getAttribute("data-was-style") || "";
      if (DROP[name] || /mso-list\s*:\s*ignore/i.test(style)) {
        return; // Word's own bullet characters of a list
      }
      var tag = KEEP[name];
      if (tag === "a") {
        var href = (child.getAttribute("href") || "").trim();
        if (!SCHEMES.test(href)) {
          tag = null;
        }
      }
      if (!tag) {
        copyClean(child, into);
        return;
      }
      var element = document.createElement(tag);
      if (tag === "a") {
        element.setAttribute("href", child.getAttribute("href").trim());
      }
      into.appendChild(element);
      copyClean(child, element);
    });
  }

  function clean(html) {
    // Parsed inside a <template>: inert (its scripts do not run, its images do not load, its
    // styles apply nowhere) and outside this page's CSP, so nothing is even attempted.
    var inert = document.createElement("template");
    // Style and event attributes renamed before parsing, so the page's CSP is not asked about
    // them (the copy below keeps no attribute but a link's address anyway).
    inert.innerHTML = html.replace(/\s(style|on\w+)\s*=/gi, " data-was-$1=");
    var box = document.createElement("div");
    copyClean(inert.content, box);
    return box.innerHTML.replace(/&nbsp;/g, " ").trim();
  }

  function paragraphs(text) {
    var box = document.createElement("div");
    text.replace(/\r\n/g, "\n").split(/\n\s*\n/).forEach(function (part) {
      part = part.trim();
      if (!part) {
        return;
      }
      var p = document.createElement("p");
      part.split("\n").forEach(function (line, index) {
        if (index) {
          p.appendChild(document.createElement("br"));
        }
        p.appendChild(document.createTextNode(line));
      });
      box.appendChild(p);
    });
    return box.innerHTML;
  }

  function asHtml(value) {
    return /<[a-zA-Z!\/]/.test(value) ? clean(value) : paragraphs(value);
  }

  // Puts clean HTML at the caret with the DOM (execCommand("insertHTML") would wrap it in
  // inline styles, which the CSP refuses anyway).
  function insertClean(editor, html) {
    var selection = window.getSelection();
    if (!selection.rangeCount || !editor.contains(selection.anchorNode)) {
      editor.insertAdjacentHTML("beforeend", html);
      return;
    }
    var range = selection.getRangeAt(0);
    range.deleteContents();
    var fragment = range.createContextualFragment(html);
    var last = fragment.lastChild;
    range.insertNode(fragment);
    if (last) {
      range.setStartAfter(last);
      range.collapse(true);
      selection.removeAllRanges();
      selection.addRange(range);
    }
  }

  function button(label, command) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "editor-button";
    b.textContent = label;
    b.dataset.command = command;
    return b;
  }

  function enhance(area) {
    var data = area.dataset;
    var label = document.querySelector('label[for="' + area.id + '"]');
    var editor = document.createElement("div");
    editor.id = area.id + "_editor";
    editor.className = "editor-area";
    editor.contentEditable = "true";
    editor.setAttribute("role", "textbox");
    editor.setAttribute("aria-multiline", "true");
    ["aria-describedby", "aria-invalid"].forEach(function (name) {
      if (area.hasAttribute(name)) {
        editor.setAttribute(name, area.getAttribute(name));
      }
    });
    if (label) {
      label.id = label.id || area.id + "_label";
      label.htmlFor = editor.id;
      editor.setAttribute("aria-labelledby", label.id);
      label.addEventListener("click", function () { editor.focus(); });
    }
    editor.innerHTML = asHtml(area.value);

    var bar = document.createElement("div");
    bar.className = "editor-toolbar";
    bar.setAttribute("role", "toolbar");
    bar.setAttribute("aria-label", data.editorToolbar);
    bar.setAttribute("aria-controls", editor.id);
    [
      [data.editorBold, "bold"],
      [data.editorItalic, "italic"],
      [data.editorHeading, "heading"],
      [data.editorList, "insertUnorderedList"],
      [data.editorNumbered, "insertOrderedList"],
      [data.editorLink, "link"]
    ].forEach(function (pair) {
      bar.appendChild(button(pair[0], pair[1]));
    });

    function sync() {
      area.value = editor.textContent.trim() ? clean(editor.innerHTML) : "";
    }

    bar.addEventListener("mousedown", function (event) {
      event.preventDefault(); // keep the selection in the box
    });
    bar.addEventListener("click", function (event) {
      var command = event.target.dataset && event.target.dataset.command;
      if (!command) {
        return;
      }
      editor.focus();
      if (command === "heading") {
        var current = String(document.queryCommandValue("formatBlock")).toLowerCase();
        document.execCommand("formatBlock", false, current === "h3" ? "<p>" : "<h3>");
      } else if (command === "link") {
        var url = (window.prompt(data.editorLinkPrompt, "https://") || "").trim();
        if (url && !SCHEMES.test(url) && /^[\w.-]+\.[a-z]{2,}/i.test(url)) {
          url = "https://" + url;
        }
        if (!SCHEMES.test(url) || url === "https://") {
          return;
        }
        if (window.getSelection().isCollapsed) {
          var a = document.createElement("a");
          a.href = url;
          a.textContent = url;
          insertClean(editor, a.outerHTML);
        } else {
          document.execCommand("createLink", false, url);
        }
      } else {
        document.execCommand(command, false, null);
      }
      sync();
    });
    editor.addEventListener("paste", function (event) {
      var clip = event.clipboardData;
      if (!clip) {
        return;
      }
      event.preventDefault();
      var html = clip.getData("text/html");
      insertClean(editor, html ? clean(html) : paragraphs(clip.getData("text/plain")));
      sync();
    });
    editor.addEventListener("input", sync);
    if (area.form) {
      area.form.addEventListener("submit", sync);
    }

    area.hidden = true;
    area.classList.add("editor-source"); // the site's textarea rule would show it again
    area.parentNode.insertBefore(bar, area);
    area.parentNode.insertBefore(editor, area);
  }

  function start() {
    try {
      document.execCommand("defaultParagraphSeparator", false, "p");
      document.execCommand("styleWithCSS", false, false);
    } catch (ignored) { /* older browsers: the cleaning still applies */ }
    Array.prototype.forEach.call(document.querySelectorAll("textarea[data-editor]"), enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
