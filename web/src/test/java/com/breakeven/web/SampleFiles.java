package com.breakeven.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.breakeven.ingestion.SampleDataLoader;

/**
 * Reads the shipped sample files directly, to compute expected values independently of
 * the application.
 */
final class SampleFiles {

	private SampleFiles() {
	}

	static long dataRows(String fileName) {
		return lines(fileName).size() - 1;
	}

	/** The usage file quotes nothing, so splitting on commas finds a column. */
	static BigDecimal sumOfColumn(String fileName, String column) {
		List<String> lines = lines(fileName);
		int index = List.of(lines.get(0).split(",")).indexOf(column);
		return lines.stream()
			.skip(1)
			.map(line -> new BigDecimal(line.split(",")[index]))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	static List<String> lines(String fileName) {
		try (InputStream in = SampleFiles.class.getClassLoader()
			.getResourceAsStream(SampleDataLoader.CLASSPATH_FOLDER + fileName)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
