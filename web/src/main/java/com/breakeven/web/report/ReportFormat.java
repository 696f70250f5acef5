package com.breakeven.web.report;

import java.util.Locale;

/** The files a report is rendered to. */
public enum ReportFormat {

	PDF("application/pdf"), HTML("text/html; charset=UTF-8"), CSV("text/csv; charset=UTF-8");

	private final String contentType;

	ReportFormat(String contentType) {
		this.contentType = contentType;
	}

	public String contentType() {
		return this.contentType;
	}

	public String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

}
