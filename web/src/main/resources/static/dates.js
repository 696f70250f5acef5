// Beside each day picker, the day chosen in words ("1 August 2026"), as the server writes it when the page opens:
// the picker shows the browser's own form (08/01/2026 or 01.08.2026), the words leave no doubt which day it is.
(function () {
	const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
		'October', 'November', 'December'];
	function words(iso) {
		const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
		return day ? Number(day[3]) + ' ' + MONTHS[Number(day[2]) - 1] + ' ' + day[1] : '';
	}
	for (const output of document.querySelectorAll('output.day-words')) {
		const input = document.getElementById(output.htmlFor.value);
		if (input) {
			const show = function () { output.textContent = words(input.value); };
			input.addEventListener('input', show);
			input.addEventListener('change', show);
		}
	}
})();
