package com.breakeven.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What one pass over an export tells before it is imported: its SHA-256 (the identity of
 * its bytes) and, for a plain text file, its number of lines.
 *
 * @param sha256 the bytes' SHA-256, hexadecimal
 * @param lines line breaks in the file, plus one when its last line has none
 * @param plainText whether the file is not compressed or columnar (gzip, Parquet), so
 * that its lines are its records
 * @param parquet whether the file is Parquet, whose footer counts its rows
 */
record FileDigest(String sha256, long lines, boolean plainText, boolean parquet) {

	private static final int BUFFER = 1 << 16;

	/** Records after a header line, for a file of one record a line. */
	long recordsAfterHeader() {
		return Math.max(0, this.lines - 1);
	}

	static FileDigest of(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[BUFFER];
			byte[] head = new byte[4];
			int headLength = 0;
			long breaks = 0;
			byte last = '\n';
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				sha256.update(buffer, 0, read);
				for (int i = 0; i < read; i++) {
					if (headLength < head.length) {
						head[headLength++] = buffer[i];
					}
					if (buffer[i] == '\n') {
						breaks++;
					}
				}
				if (read > 0) {
					last = buffer[read - 1];
				}
			}
			long lines = breaks + ((last != '\n') ? 1 : 0);
			return new FileDigest(HexFormat.of().formatHex(sha256.digest()), lines, !binary(head, headLength),
					parquet(head, headLength));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

	/** Gzip starts with 1f 8b, Parquet with "PAR1". */
	private static boolean binary(byte[] head, int length) {
		boolean gzip = length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
		return gzip || parquet(head, length);
	}

	private static boolean parquet(byte[] head, int length) {
		return length >= 4 && head[0] == 'P' && head[1] == 'A' && head[2] == 'R' && head[3] == '1';
	}

}
