// presskz show: switch layers on and off (a class on <body> hides a layer's marks).
document.querySelectorAll("input[data-layer]").forEach(function (box) {
  box.addEventListener("change", function () {
    document.body.classList.toggle("hide-" + box.dataset.layer, !box.checked);
  });
});
// "#hide=entities,quotes" in the address starts with those layers off (links from the index, tests).
var hidden = (location.hash.match(/hide=([a-z,]+)/) || [])[1];
if (hidden) {
  hidden.split(",").forEach(function (layer) {
    var box = document.querySelector('input[data-layer="' + layer + '"]');
    if (box) { box.checked = false; box.dispatchEvent(new Event("change")); }
  });
}
