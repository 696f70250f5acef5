package com.breakeven.web.export;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** Which files a browser shows and which it saves. */
class DownloadsTest {

	private static final byte[] BODY = { 'x' };

	@Test
	void file_htmlOpensInTheBrowser() {
		assertThat(Downloads.file(BODY, "report.html", MediaType.parseMediaType("text/html;charset=UTF-8"))
			.getHeaders()
			.getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("inline; filename=\"report.html\"");
	}

	@Test
	void file_csvXlsxAndPdfAreSaved() {
		assertThat(Downloads.file(BODY, "report.csv", Downloads.CSV)
			.getHeaders()
			.getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\"report.csv\"");
		assertThat(Downloads.file(BODY, "report.xlsx", Downloads.XLSX)
			.getHeaders()
			.getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\"report.xlsx\"");
		assertThat(Downloads.file(BODY, "report.pdf", Downloads.PDF)
			.getHeaders()
			.getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\"report.pdf\"");
	}

}
