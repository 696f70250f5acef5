package com.breakeven.ingestion.usage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadAheadTest {

	@Test
	void readAhead_handsOutEveryLineInFileOrderAcrossBatchBoundaries() {
		long count = 3L * ReadAhead.BATCH_SIZE + 7;
		List<Long> seen = new ArrayList<>();
		try (ReadAhead lines = new ReadAhead(new Numbered(count, -1), "test-read-ahead")) {
			while (lines.hasNext()) {
				seen.add(lines.next().line());
			}
		}
		assertThat(seen).hasSize((int) count);
		assertThat(seen).isSorted().startsWith(1L).endsWith(count);
	}

	@Test
	void readAhead_aFailureOfTheSourceComesOutAfterEveryLineBeforeIt() {
		List<Long> seen = new ArrayList<>();
		try (ReadAhead lines = new ReadAhead(new Numbered(5_000, 2_500), "test-read-ahead")) {
			assertThatThrownBy(() -> {
				while (lines.hasNext()) {
					seen.add(lines.next().line());
				}
			}).isInstanceOf(UsageFileException.class).hasMessageContaining("line 2500");
		}
		assertThat(seen).hasSize(2_499).endsWith(2_499L);
	}

	@Test
	void close_stopsTheSecondThreadMidFileAndClosesTheSource() throws InterruptedException {
		Numbered source = new Numbered(Long.MAX_VALUE, -1);
		ReadAhead lines = new ReadAhead(source, "test-read-ahead");
		assertThat(lines.next().line()).isEqualTo(1);
		assertThat(source.bufferedFull.await(10, TimeUnit.SECONDS)).isTrue();

		lines.close();

		assertThat(source.closed).isTrue();
		long readWhenClosed = source.read.get();
		Thread.sleep(50);
		// the queue holds a bounded number of batches: reading stopped, it did not run on
		assertThat(source.read.get()).isEqualTo(readWhenClosed).isLessThan(20L * ReadAhead.BATCH_SIZE);
	}

	/** Lines 1..count; line {@code failAt} (if positive) is malformed. */
	private static final class Numbered implements UsageLines {

		private final long count;

		private final long failAt;

		private final AtomicLong read = new AtomicLong();

		private final CountDownLatch bufferedFull = new CountDownLatch(1);

		private volatile boolean closed;

		Numbered(long count, long failAt) {
			this.count = count;
			this.failAt = failAt;
		}

		@Override
		public boolean hasNext() {
			return this.read.get() < this.count;
		}

		@Override
		public UsageLine next() {
			long line = this.read.incrementAndGet();
			if (line == this.failAt) {
				throw new UsageFileException("usage.csv: line " + line + ", field Tags: not a JSON object", null);
			}
			// the queue's batches are full by now: the second thread waits for the step
			if (line > 8L * ReadAhead.BATCH_SIZE) {
				this.bufferedFull.countDown();
			}
			return new UsageLine.Skipped(line, "test line");
		}

		@Override
		public void close() {
			this.closed = true;
		}

	}

}
