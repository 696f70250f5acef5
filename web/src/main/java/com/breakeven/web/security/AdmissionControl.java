package com.breakeven.web.security;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many expensive requests (quotes, scenario runs, recommendations) the server works
 * on at once, and how many may wait for a turn: past that, or after waiting too long, a
 * request is turned away at once instead of joining a queue that answers in 20 seconds.
 * One per instance: each instance protects its own cores.
 */
final class AdmissionControl {

	private final Semaphore turns;

	private final AtomicInteger waiting = new AtomicInteger();

	private final int maxRunning;

	private final int maxWaiting;

	private final Duration maxWait;

	/**
	 * @param maxRunning requests worked on at once (a few per core: they are CPU-bound)
	 * @param maxWaiting requests that may wait for a turn
	 * @param maxWait the longest a request waits before it is turned away
	 */
	AdmissionControl(int maxRunning, int maxWaiting, Duration maxWait) {
		if (maxRunning < 1 || maxWaiting < 0 || maxWait.isNegative()) {
			throw new IllegalArgumentException("admission needs maxRunning >= 1, maxWaiting >= 0 and maxWait >= 0,"
					+ " was " + maxRunning + ", " + maxWaiting + ", " + maxWait);
		}
		this.turns = new Semaphore(maxRunning, true);
		this.maxRunning = maxRunning;
		this.maxWaiting = maxWaiting;
		this.maxWait = maxWait;
	}

	/**
	 * Takes a turn, waiting at most {@code maxWait} when all are taken and fewer than
	 * {@code maxWaiting} requests wait already.
	 * @return whether the request may go on; when it does, {@link #leave()} must follow
	 */
	boolean enter() throws InterruptedException {
		if (this.turns.tryAcquire()) {
			return true;
		}
		if (this.waiting.incrementAndGet() > this.maxWaiting) {
			this.waiting.decrementAndGet();
			return false;
		}
		try {
			return this.turns.tryAcquire(this.maxWait.toNanos(), TimeUnit.NANOSECONDS);
		}
		finally {
			this.waiting.decrementAndGet();
		}
	}

	/** Gives back a turn taken by {@link #enter()}. */
	void leave() {
		this.turns.release();
	}

	/** Requests waiting for a turn now. */
	int waiting() {
		return this.waiting.get();
	}

	/** What a request turned away is told. */
	String busy() {
		return "the server is busy: " + this.maxRunning + " expensive requests running and up to " + this.maxWaiting
				+ " waiting";
	}

}
