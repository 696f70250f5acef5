package com.breakeven.web.export;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTest {

	@Test
	void write_neutralisesTextThatASpreadsheetWouldRunAsAFormulaButKeepsNumbers() {
		String csv = CsvExport.write(List.of("project", "spend (USD)"),
				List.of(List.of("=HYPERLINK(\"http://evil\")", new BigDecimal("-12.50")), List.of("+1", BigDecimal.ONE),
						List.of("@SUM(A1)", BigDecimal.TEN), List.of("-2", BigDecimal.ZERO),
						List.of("helpdesk", new BigDecimal("3.25"))));

		assertThat(csv.lines()).containsExactly("project,spend (USD)", "\"'=HYPERLINK(\"\"http://evil\"\")\",-12.50",
				"'+1,1", "'@SUM(A1),10", "'-2,0", "helpdesk,3.25");
	}

}
