// Follows the running usage import: polls its progress once a second and reloads the page when it ends.
(function () {
	const box = document.getElementById('progress');
	if (!box) {
		return;
	}
	let seenRunning = box.dataset.running === 'true';
	async function poll() {
		try {
			const response = await fetch(box.dataset.url, { headers: { 'Accept': 'application/json' } });
			const p = await response.json();
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
