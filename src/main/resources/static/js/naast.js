// Small enhancements; every page works without them.
document.addEventListener('DOMContentLoaded', function () {
  // a slider shows the number it stands on
  document.querySelectorAll('input[type=range][data-shows]').forEach(function (slider) {
    var output = document.getElementById(slider.getAttribute('data-shows'));
    if (output) {
      slider.addEventListener('input', function () { output.value = slider.value; });
    }
  });
  // a timeline that scrolls on a small screen opens at its most recent end
  document.querySelectorAll('[data-scroll-end]').forEach(function (wrap) {
    wrap.scrollLeft = wrap.scrollWidth;
  });
  // "print this page"
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
});
