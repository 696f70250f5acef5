package com.breakeven.ingestion.usage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Parses and maps an export's lines on a second thread, a bounded batch ahead of the step
 * that stages them: the chunk loop, the chunk sums and the {@code COPY} run on one core
 * while the CSV or JSON parsing runs on the other. Lines come out in file order; a
 * failure of the source comes out where it happened, after every line before it. Memory
 * stays bounded by {@code BATCHES × BATCH_SIZE} lines.
 */
final class ReadAhead implements UsageLines {

	static final int BATCH_SIZE = 1_024;

	private static final int BATCHES = 8;

	private static final long STOP_WAIT_SECONDS = 10;

	/** Lines in file order; {@code last} ends the stream, with the failure if any. */
	private record Batch(List<UsageLine> lines, boolean last, Throwable failure) {

	}

	private final UsageLines source;

	private final BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(BATCHES);

	private final Thread producer;

	private Batch current = new Batch(Collections.emptyList(), false, null);

	private Iterator<UsageLine> lines = Collections.emptyIterator();

	/**
	 * @param source the lines, positioned where reading should start; read only by the
	 * second thread from now on, and closed by {@link #close()}
	 * @param name what the second thread is called (in thread dumps)
	 */
	ReadAhead(UsageLines source, String name) {
		this.source = source;
		this.producer = new Thread(this::produce, name);
		this.producer.setDaemon(true);
		this.producer.start();
	}

	private void produce() {
		List<UsageLine> batch = new ArrayList<>(BATCH_SIZE);
		try {
			while (this.source.hasNext()) {
				batch.add(this.source.next());
				if (batch.size() == BATCH_SIZE) {
					this.batches.put(new Batch(batch, false, null));
					batch = new ArrayList<>(BATCH_SIZE);
				}
			}
			this.batches.put(new Batch(batch, true, null));
		}
		catch (InterruptedException ex) {
			// closed before the end: nobody waits for the rest
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException | Error ex) {
			try {
				this.batches.put(new Batch(batch, true, ex));
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean hasNext() {
		while (!this.lines.hasNext()) {
			if (this.current.last()) {
				if (this.current.failure() != null) {
					throw rethrown(this.current.failure());
				}
				return false;
			}
			this.current = take();
			this.lines = this.current.lines().iterator();
		}
		return true;
	}

	@Override
	public UsageLine next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return this.lines.next();
	}

	private Batch take() {
		try {
			return this.batches.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the next lines", ex);
		}
	}

	private static RuntimeException rethrown(Throwable failure) {
		if (failure instanceof Error error) {
			throw error;
		}
		return (RuntimeException) failure;
	}

	/** Stops the second thread (if it is still reading) and closes the source. */
	@Override
	public void close() {
		this.producer.interrupt();
		try {
			this.producer.join(TimeUnit.SECONDS.toMillis(STOP_WAIT_SECONDS));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.source.close();
	}

}
