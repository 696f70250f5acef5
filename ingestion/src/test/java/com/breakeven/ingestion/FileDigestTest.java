package com.breakeven.ingestion;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records an export holds before it is imported, for the progress's per cent and time
 * left: a plain CSV's and a gzip-compressed CSV's lines after the header (the same text,
 * so the same count), none for data that cannot be decompressed.
 */
class FileDigestTest {

	private static final String CSV = "Day,Model,In\n2026-01-01,gpt-4o,10\n2026-01-02,gpt-4o,20\n2026-01-03,gpt-4o,30";

	@TempDir
	private Path directory;

	@Test
	void recordsAfterHeader_countsAPlainAndAGzipCsvAlike() throws IOException {
		Path plain = Files.writeString(this.directory.resolve("usage.csv"), CSV);
		Path gzip = this.directory.resolve("usage.csv.gz");
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
			out.write(CSV.getBytes(StandardCharsets.UTF_8));
		}

		// three records after the header, the last without a line break
		assertThat(FileDigest.of(plain).recordsAfterHeader()).hasValue(3);
		assertThat(FileDigest.of(gzip).recordsAfterHeader()).hasValue(3);
		assertThat(FileDigest.of(gzip).sha256()).isNotEqualTo(FileDigest.of(plain).sha256());
	}

	@Test
	void recordsAfterHeader_isUnknownForCutOffGzipData() throws IOException {
		Path gzip = this.directory.resolve("whole.csv.gz");
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
			out.write(CSV.repeat(100).getBytes(StandardCharsets.UTF_8));
		}
		byte[] whole = Files.readAllBytes(gzip);
		Path cut = Files.write(this.directory.resolve("cut.csv.gz"), Arrays.copyOf(whole, whole.length / 2));

		assertThat(FileDigest.of(cut).recordsAfterHeader()).isEmpty();
		assertThat(FileDigest.of(cut).parquet()).isFalse();
	}

}
