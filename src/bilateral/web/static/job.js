// Polls the ingest job's JSON twin and updates the page; reloads once the job has finished.
(function () {
  "use strict";
  var box = document.getElementById("job");
  if (!box) { return; }
  var id = box.getAttribute("data-job");
  function tick() {
    fetch("/api/ingest/jobs/" + encodeURIComponent(id), {headers: {"Accept": "application/json"}})
      .then(function (r) { return r.json(); })
      .then(function (j) {
        document.getElementById("job-state").textContent = j.state;
        var bar = document.getElementById("job-progress");
        bar.max = j.total || j.documents || 1;
        bar.value = j.done;
        document.getElementById("job-counts").textContent =
          j.done + " of " + (j.total === null ? j.documents : j.total) + " documents · " + j.events +
          " events · " + j.failed + " failed";
        if (j.finished) { window.location.reload(); } else { window.setTimeout(tick, 500); }
      })
      .catch(function () { window.setTimeout(tick, 2000); });
  }
  window.setTimeout(tick, 300);
})();
