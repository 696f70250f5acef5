package com.breakeven.web.forms;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NumberEditorTest {

	@Test
	void read_acceptsGroupedAndPlainDigits() {
		assertThat(NumberEditor.read("7,628,242,547", Double.class)).isEqualTo(7_628_242_547.0);
		assertThat(NumberEditor.read(" 12,500.5 ", BigDecimal.class)).isEqualByComparingTo("12500.5");
		assertThat(NumberEditor.read("12500.5", BigDecimal.class)).isEqualByComparingTo("12500.5");
		assertThat(NumberEditor.read("-1,000", Integer.class)).isEqualTo(-1000);
		assertThat(NumberEditor.read("0.0895", BigDecimal.class)).isEqualByComparingTo("0.0895");
		assertThat(NumberEditor.read("1E15", Double.class)).isEqualTo(1e15);
		assertThat(NumberEditor.read("20261123", Long.class)).isEqualTo(20_261_123L);
	}

	@Test
	void read_blankIsNoValue() {
		assertThat(NumberEditor.read("  ", Double.class)).isNull();
		assertThat(NumberEditor.read(null, Integer.class)).isNull();
	}

	@Test
	void read_refusesDecimalCommaNeverReadingItAsThousands() {
		// a German "0,5" is a half, "12,50" twelve and a half: never 5 or 1250
		assertThatThrownBy(() -> NumberEditor.read("0,5", Double.class)).isInstanceOf(NumberEditor.Refused.class)
			.hasMessageContaining("a comma only separates thousands")
			.hasMessageContaining("0.5");
		assertThatThrownBy(() -> NumberEditor.read("12,50", BigDecimal.class))
			.hasMessageContaining("a comma only separates thousands");
		assertThatThrownBy(() -> NumberEditor.read("1.234,5", BigDecimal.class)).hasMessageContaining("1234.5");
		assertThatThrownBy(() -> NumberEditor.read("12,5000", BigDecimal.class))
			.hasMessageContaining("a comma only separates thousands");
	}

	@Test
	void read_refusesTextAndMisplacedGroups() {
		assertThatThrownBy(() -> NumberEditor.read("12abc", Double.class)).isInstanceOf(NumberEditor.Refused.class)
			.hasMessage("“12abc” is not a number; write it as 12500.5 or 12,500.5");
		assertThatThrownBy(() -> NumberEditor.read("1,23,456", Double.class)).isInstanceOf(NumberEditor.Refused.class);
		assertThatThrownBy(() -> NumberEditor.read("12 500", Double.class)).isInstanceOf(NumberEditor.Refused.class);
		assertThatThrownBy(() -> NumberEditor.read("NaN", Double.class)).isInstanceOf(NumberEditor.Refused.class);
		assertThatThrownBy(() -> NumberEditor.read("1e400", Double.class)).hasMessageContaining("too large");
	}

	@Test
	void read_refusesDecimalsWhereAWholeNumberIsRead() {
		assertThatThrownBy(() -> NumberEditor.read("2.5", Integer.class)).hasMessageContaining("not a whole number");
		assertThatThrownBy(() -> NumberEditor.read("3,000,000,000", Integer.class)).hasMessageContaining("too large");
	}

	@Test
	void write_groupsThousandsWithoutExponentOrPaddingZeros() {
		assertThat(NumberEditor.write(7_628_242_547.0, true)).isEqualTo("7,628,242,547");
		assertThat(NumberEditor.write(2.0e9, true)).isEqualTo("2,000,000,000");
		assertThat(NumberEditor.write(new BigDecimal("27500.00"), true)).isEqualTo("27,500");
		assertThat(NumberEditor.write(new BigDecimal("12500.5"), true)).isEqualTo("12,500.5");
		assertThat(NumberEditor.write(new BigDecimal("0.0895"), true)).isEqualTo("0.0895");
		assertThat(NumberEditor.write(131_072, true)).isEqualTo("131,072");
		assertThat(NumberEditor.write(-1500.25, true)).isEqualTo("-1,500.25");
	}

	@Test
	void write_plainForIdentifiers() {
		assertThat(NumberEditor.write(20_261_123L, false)).isEqualTo("20261123");
		assertThat(NumberEditor.write(2.0e9, false)).isEqualTo("2000000000");
	}

	@Test
	void editor_roundTripsWhatItShows() {
		NumberEditor editor = NumberEditor.grouped(Double.class);
		editor.setValue(7_628_242_547.0);
		String shown = editor.getAsText();
		editor.setAsText(shown);
		assertThat(shown).isEqualTo("7,628,242,547");
		assertThat(editor.getValue()).isEqualTo(7_628_242_547.0);
		NumberEditor seed = NumberEditor.plain(Long.class);
		seed.setAsText("20261123");
		assertThat(seed.getAsText()).isEqualTo("20261123");
	}

}
