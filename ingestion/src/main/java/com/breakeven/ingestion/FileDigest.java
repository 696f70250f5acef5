package com.breakeven.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;

/**
 * What a pass over an export tells before it is imported: its SHA-256 (the identity of
 * its bytes) and, for a text file, plain or gzip-compressed, its number of lines (a
 * second, decompressing pass for gzip).
 *
 * @param sha256 the bytes' SHA-256, hexadecimal
 * @param lines line breaks in the text, plus one when its last line has none; -1 when not
 * known (Parquet, or gzip data that cannot be decompressed: the import then says why)
 * @param parquet whether the file is Parquet, whose footer counts its rows
 */
record FileDigest(String sha256, long lines, boolean parquet) {

	private static final int BUFFER = 1 << 16;

	/** Records after a header line, for a text of one record a line, when known. */
	OptionalLong recordsAfterHeader() {
		return (this.lines >= 0) ? OptionalLong.of(Math.max(0, this.lines - 1)) : OptionalLong.empty();
	}

	static FileDigest of(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[BUFFER];
			byte[] head = new byte[4];
			int headLength = 0;
			LineCount count = new LineCount();
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				sha256.update(buffer, 0, read);
				for (int i = 0; i < read && headLength < head.length; i++) {
					head[headLength++] = buffer[i];
				}
				count.add(buffer, read);
			}
			long lines = count.lines();
			boolean parquet = parquet(head, headLength);
			if (gzip(head, headLength)) {
				lines = decompressedLines(file);
			}
			else if (parquet) {
				lines = -1;
			}
			return new FileDigest(HexFormat.of().formatHex(sha256.digest()), lines, parquet);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

	/**
	 * Lines of a gzip file's text (every member, as the import reads it), for the
	 * progress's per cent and time left; -1 when the data is corrupt or cut off.
	 */
	private static long decompressedLines(Path file) {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file), BUFFER)) {
			byte[] buffer = new byte[BUFFER];
			LineCount count = new LineCount();
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				count.add(buffer, read);
			}
			return count.lines();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	/** Gzip starts with 1f 8b, Parquet with "PAR1". */
	private static boolean gzip(byte[] head, int length) {
		return length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
	}

	private static boolean parquet(byte[] head, int length) {
		return length >= 4 && head[0] == 'P' && head[1] == 'A' && head[2] == 'R' && head[3] == '1';
	}

	/** Line breaks counted over a stream's buffers, plus one for a last line without. */
	private static final class LineCount {

		private long breaks;

		private byte last = '\n';

		void add(byte[] buffer, int read) {
			for (int i = 0; i < read; i++) {
				if (buffer[i] == '\n') {
					this.breaks++;
				}
			}
			if (read > 0) {
				this.last = buffer[read - 1];
			}
		}

		long lines() {
			return this.breaks + ((this.last != '\n') ? 1 : 0);
		}

	}

}
