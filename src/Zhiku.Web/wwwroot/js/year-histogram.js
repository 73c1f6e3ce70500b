// The year histogram of the search page drives the from–to filter: a click on a bar narrows the search to that year,
// a click with Shift held widens the range to reach it.
(() => {
  const histogram = document.querySelector('#year-histogram .histogram');
  const from = document.getElementById('year-from');
  const to = document.getElementById('year-to');
  if (!histogram || !from || !to) return;
  histogram.addEventListener('click', event => {
    const bar = event.target.closest('.bar');
    if (!bar) return;
    const year = Number(bar.dataset.year);
    if (event.shiftKey && (from.value || to.value)) {
      from.value = String(Math.min(year, Number(from.value || year)));
      to.value = String(Math.max(year, Number(to.value || year)));
    } else {
      from.value = String(year);
      to.value = String(year);
    }
    from.form.requestSubmit();
  });
})();
