// Two aids for forms, without a library; the server checks everything again.
// - A button with data-needs="ID" stays disabled while the field ID is empty, and an element with
//   data-shown-while-empty="ID" says why. A button the server disabled stays disabled.
// - An <output data-echo="ID" data-template="= {value} {currency} a {period}"> shows the number typed into the
//   field ID with thousands separators ({value}), and any other field of the form by its name ({currency}):
//   a long number is read at a glance, which an <input> cannot group itself.
(function () {
	for (const button of document.querySelectorAll('button[data-needs]')) {
		const field = document.getElementById(button.dataset.needs);
		if (!field || button.disabled) {
			continue;
		}
		const note = document.querySelector('[data-shown-while-empty="' + field.id + '"]');
		const update = function () {
			const empty = field.value.trim() === '';
			button.disabled = empty;
			if (note) {
				note.hidden = !empty;
			}
		};
		field.addEventListener('input', update);
		update();
	}
	// the pages write numbers one way whatever the browser's language (1,234.56), and so does this
	const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
	for (const output of document.querySelectorAll('output[data-echo]')) {
		const input = document.getElementById(output.dataset.echo);
		if (!input || !input.form) {
			continue;
		}
		const form = input.form;
		const update = function () {
			const typed = input.value.replace(/[,_\s]/g, '');
			const number = Number(typed);
			if (typed === '' || !Number.isFinite(number)) {
				output.textContent = '';
				return;
			}
			output.textContent = output.dataset.template.replace(/\{(\w+)\}/g, function (whole, name) {
				if (name === 'value') {
					return grouped.format(number);
				}
				const other = form.elements.namedItem(name);
				return other ? other.value.trim() : '';
			});
		};
		input.addEventListener('input', update);
		form.addEventListener('change', update);
		update();
	}
})();
