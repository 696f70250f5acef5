// Follows the running usage import: polls its progress once a second, lists the uploads queued behind it and
// reloads the page when it ends.
(function () {
	const box = document.getElementById('progress');
	if (!box) {
		return;
	}
	let seenRunning = box.dataset.running === 'true';
	const queue = document.getElementById('queued');
	function showQueue(queued) {
		if (!queue || !queued) {
			return;
		}
		queue.replaceChildren(...queued.map(function (upload) {
			const item = document.createElement('li');
			item.textContent = 'Queued: ' + upload.fileName + ' (' + upload.formatName + ')';
			return item;
		}));
		queue.hidden = queued.length === 0;
	}
	async function poll() {
		try {
			const response = await fetch(box.dataset.url, { headers: { 'Accept': 'application/json' } });
			const p = await response.json();
			showQueue(p.queued);
			if (p.running) {
				seenRunning = true;
				box.textContent = 'Run #' + p.runId + ': ' + p.text;
			} else if (seenRunning) {
				window.location.reload();
				return;
			} else {
				box.textContent = 'No usage import running.';
			}
		} catch (e) {
			box.textContent = 'Progress unavailable: ' + e;
		}
		setTimeout(poll, 1000);
	}
	poll();
})();
