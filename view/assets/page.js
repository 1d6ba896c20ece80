// Hovering a mention or a card outlines every mention of the same person,
// date or award and its card; clicking a mention jumps to the card, clicking
// a card jumps to its first mention.
(function () {
  var hot = [];
  function light(ref) {
    hot.forEach(function (e) { e.classList.remove("hot"); });
    hot = [];
    if (!ref) return;
    document.querySelectorAll("[data-ref]").forEach(function (e) {
      if (e.getAttribute("data-ref") === ref) { e.classList.add("hot"); hot.push(e); }
    });
  }
  document.addEventListener("mouseover", function (ev) {
    var t = ev.target.closest && ev.target.closest("[data-ref]");
    light(t ? t.getAttribute("data-ref") : "");
  });
  document.addEventListener("click", function (ev) {
    if (!ev.target.closest) return;
    var m = ev.target.closest(".text [data-ref]");
    if (m) {
      var card = document.getElementById(m.getAttribute("data-ref"));
      if (card) { location.hash = card.id; }
      return;
    }
    var c = ev.target.closest(".card[data-ref]");
    if (c && !ev.target.closest("a")) {
      var first = null, ref = c.getAttribute("data-ref");
      document.querySelectorAll(".text [data-ref]").forEach(function (e) {
        if (!first && e.getAttribute("data-ref") === ref) first = e;
      });
      if (first) { first.scrollIntoView({block: "center"}); light(ref); }
    }
  });
})();
