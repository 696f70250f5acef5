package com.breakeven.ingestion.usage;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens an export as its format reads it, whatever its container, told by its first bytes
 * rather than its name: plain text, gzip ({@code .csv.gz}, {@code .json.gz}: the form AWS
 * Data Exports and Azure exports deliver) decompressed as it streams, or Parquet for a
 * {@link TabularFormat}. Nothing is read whole into memory.
 */
final class ExportFiles {

	private static final byte[] PARQUET = { 'P', 'A', 'R', '1' };

	private ExportFiles() {
	}

	/**
	 * @param format the export's format
	 * @param file the export
	 * @return its lines, lazily; close them when done
	 * @throws UsageFileException when the container does not suit the format, or the file
	 * cannot be read at all
	 */
	static UsageLines open(UsageFormat format, Path file) {
		String fileName = file.getFileName().toString();
		InputStream in;
		byte[] head = new byte[4];
		int read;
		try {
			in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
			in.mark(head.length);
			read = in.readNBytes(head, 0, head.length);
			in.reset();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		try {
			if (read == 4 && java.util.Arrays.equals(head, PARQUET)) {
				in.close();
				if (!(format instanceof TabularFormat tabular)) {
					throw new UsageFileException(fileName + " is a Parquet file; the " + format.code()
							+ " format is read from its JSON or CSV export", null);
				}
				return new ParquetUsageLines(file, fileName, tabular.table());
			}
			if (read >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
				in = new Gzip(in, fileName);
			}
			return format.open(in, fileName);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		catch (RuntimeException ex) {
			close(in);
			throw ex;
		}
	}

	private static void close(InputStream in) {
		try {
			in.close();
		}
		catch (IOException ex) {
			// already failing: the first failure is the one to report
		}
	}

	/**
	 * A gzip stream whose corrupt or cut-off data fails the file with its name: the same
	 * bytes would fail again at the same place, so a restart cannot help.
	 */
	private static final class Gzip extends FilterInputStream {

		private final String fileName;

		Gzip(InputStream in, String fileName) throws IOException {
			super(wrap(in, fileName));
			this.fileName = fileName;
		}

		private static InputStream wrap(InputStream in, String fileName) throws IOException {
			try {
				return new GZIPInputStream(in, 1 << 16);
			}
			catch (ZipException | EOFException ex) {
				throw broken(fileName, ex);
			}
		}

		private static UsageFileException broken(String fileName, IOException ex) {
			return new UsageFileException(fileName + " is not a complete gzip file (" + ex.getMessage()
					+ "): compress the export again, or import it uncompressed", ex);
		}

		@Override
		public int read() throws IOException {
			try {
				return super.read();
			}
			catch (ZipException | EOFException ex) {
				throw broken(this.fileName, ex);
			}
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			try {
				return super.read(buffer, offset, length);
			}
			catch (ZipException | EOFException ex) {
				throw broken(this.fileName, ex);
			}
		}

	}

}
