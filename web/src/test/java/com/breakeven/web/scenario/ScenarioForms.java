package com.breakeven.web.scenario;

import java.lang.reflect.RecordComponent;
import java.util.List;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.breakeven.web.forms.NumberEditor;

/**
 * Test helper: a scenario form as the browser posts it, numbers as the fields show them
 * (grouped, the seed bare) and uncertain rates in percent.
 */
final class ScenarioForms {

	private ScenarioForms() {
	}

	static MultiValueMap<String, String> fields(ScenarioForm form) {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		ScenarioForm onPage = UncertainUnits.onPage(form);
		for (RecordComponent component : ScenarioForm.class.getRecordComponents()) {
			Object value = value(component, onPage);
			if (value instanceof List<?> rows) {
				for (int i = 0; i < rows.size(); i++) {
					ScenarioForm.Uncertainty row = (ScenarioForm.Uncertainty) rows.get(i);
					String prefix = component.getName() + "[" + i + "].";
					fields.add(prefix + "input", row.input().name());
					fields.add(prefix + "shape", row.shape().name());
					fields.add(prefix + "a", text(row.a()));
					fields.add(prefix + "b", text(row.b()));
					fields.add(prefix + "c", text(row.c()));
				}
			}
			else {
				fields.add(component.getName(), text(value));
			}
		}
		return fields;
	}

	private static Object value(RecordComponent component, Object record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Long seed) {
			return seed.toString();
		}
		return (value instanceof Double || value instanceof Integer) ? NumberEditor.write((Number) value, true)
				: value.toString();
	}

}
