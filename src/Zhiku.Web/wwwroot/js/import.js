// Follows a running import: polls its status and reloads the page (which renders the report) when it ends.
(function () {
  'use strict';
  var state = document.getElementById('job-state');
  if (!state || state.getAttribute('data-running') !== 'true') { return; }
  var id = state.getAttribute('data-job');
  var bar = document.getElementById('job-bar');
  function poll() {
    fetch('/api/v1/imports/' + encodeURIComponent(id), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (job) {
        if (job.state !== 'queued' && job.state !== 'running') { window.location.reload(); return; }
        if (job.progress && bar && job.progress.bytesTotal > 0) {
          bar.value = Math.round(100 * job.progress.bytesRead / job.progress.bytesTotal);
        }
        setTimeout(poll, 700);
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  setTimeout(poll, 300);
})();
