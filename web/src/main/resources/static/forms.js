// Two aids for forms, without a library; the server checks everything again.
// - A button with data-needs="ID" stays disabled while the field ID is empty, and an element with
//   data-shown-while-empty="ID" says why. A button the server disabled stays disabled.
// - An <output data-echo="ID" data-template="= {value} {currency} a {period}"> shows the number typed into the
//   field ID with thousands separators ({value}), and any other field of the form by its name ({currency}):
//   a long number is read at a glance, which an <input> cannot group itself. A comma only groups thousands, as
//   the server reads it: "0,5" echoes nothing (the server refuses it and says why), never 5.
// - A <select data-parameters> of distributions relabels the inputs of its table row: each <option> says in
//   data-first/-second/-third what the row's three numbers mean for it ("min", "most likely", "max").
// - A <select data-describe="ID"> writes its chosen option's data-words into the element ID: the option itself
//   stays short enough for a phone's closed select, the details show under it.
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
			const written = input.value.trim();
			const typed = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(written) ? written.replace(/,/g, '') : written;
			const number = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(typed) ? Number(typed) : NaN;
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
	for (const select of document.querySelectorAll('select[data-parameters]')) {
		const row = select.closest('tr');
		const labels = row ? row.querySelectorAll('label[data-parameter]') : [];
		const update = function () {
			const chosen = select.selectedOptions[0];
			if (!chosen) {
				return;
			}
			const meanings = [chosen.dataset.first, chosen.dataset.second, chosen.dataset.third];
			for (const label of labels) {
				// a row that is not uncertain takes no number: its boxes go unlabelled
				label.textContent = meanings[Number(label.dataset.parameter)] || (chosen.value === 'NONE' ? '' : 'not used');
			}
		};
		select.addEventListener('change', update);
		update();
	}
	for (const select of document.querySelectorAll('select[data-describe]')) {
		const target = document.getElementById(select.dataset.describe);
		if (!target) {
			continue;
		}
		const describe = function () {
			const chosen = select.selectedOptions[0];
			target.textContent = chosen && chosen.dataset.words ? chosen.dataset.words : '';
		};
		select.addEventListener('change', describe);
		describe();
	}
})();
