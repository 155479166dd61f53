// Lesson steps without a full page load: a chat reply or a practice check fetches the same page the plain form
// would, and swaps in the lesson section. Without JavaScript the forms work exactly the same, one page at a time.
(function () {
  "use strict";
  var section = document.querySelector("section.lesson[data-step-type]");
  if (!section || !window.fetch || !window.DOMParser) {
    return;
  }

  function swap(url, focusFeedback) {
    section.setAttribute("aria-busy", "true");
    return fetch(url, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("status " + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, "text/html").querySelector("section.lesson");
        if (!next) {
          throw new Error("no lesson section");
        }
        section.innerHTML = next.innerHTML;
        section.removeAttribute("aria-busy");
        history.replaceState(null, "", url);
        var feedback = section.querySelector(".feedback, .bubble.me");
        if (focusFeedback && feedback) {
          feedback.setAttribute("tabindex", "-1");
          feedback.focus();
          feedback.classList.add("arrived");
        }
      })
      .catch(function () {
        window.location.href = url;
      });
  }

  section.addEventListener("submit", function (event) {
    var form = event.target;
    if ((form.getAttribute("method") || "get").toLowerCase() !== "get") {
      return; // "Next" records progress: an ordinary POST
    }
    event.preventDefault();
    var params = new URLSearchParams(new FormData(form));
    if (event.submitter && event.submitter.name) {
      params.append(event.submitter.name, event.submitter.value);
    }
    swap(window.location.pathname + "?" + params.toString(), true);
  });

  section.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='?']");
    if (link) {
      event.preventDefault();
      swap(window.location.pathname + link.getAttribute("href"), true);
    }
  });
})();
