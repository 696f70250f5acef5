package com.breakeven.web.export;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Tables and files as HTTP downloads. */
public final class Downloads {

	public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	public static final MediaType PDF = MediaType.APPLICATION_PDF;

	private Downloads() {
	}

	/** The table as CSV, formula-looking text neutralised. */
	public static ResponseEntity<byte[]> csv(Table table, String fileName) {
		return file(CsvExport.write(table.header(), table.rows()).getBytes(StandardCharsets.UTF_8), fileName, CSV);
	}

	/** The table as an XLSX workbook, numbers as numbers. */
	public static ResponseEntity<byte[]> xlsx(Table table, String fileName) {
		return file(XlsxExport.write(table.title(), table.header(), table.rows(), table.decimals()), fileName, XLSX);
	}

	/** The table as CSV or XLSX under its own file name. */
	public static ResponseEntity<byte[]> table(Table table, String format) {
		return table(table, format, table.fileName(format));
	}

	/** The table as {@code csv} or {@code xlsx}. */
	public static ResponseEntity<byte[]> table(Table table, String format, String fileName) {
		return switch (format) {
			case "csv" -> csv(table, fileName);
			case "xlsx" -> xlsx(table, fileName);
			default -> throw new IllegalArgumentException("tables download as csv or xlsx, not '" + format + "'");
		};
	}

	/**
	 * Bytes of a type under a file name: an HTML page opens in the browser (inline), the
	 * rest (CSV, XLSX, PDF, YAML) are saved as attachments.
	 */
	public static ResponseEntity<byte[]> file(byte[] body, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(type) + "; filename=\"" + fileName + "\"")
			.contentType(type)
			.body(body);
	}

	/** How a browser treats a file of the type: shows HTML, saves anything else. */
	static String disposition(MediaType type) {
		return MediaType.TEXT_HTML.equalsTypeAndSubtype(type) ? "inline" : "attachment";
	}

	/** A refusal in plain text. */
	public static ResponseEntity<byte[]> plain(HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body((message + "\n").getBytes(StandardCharsets.UTF_8));
	}

}
