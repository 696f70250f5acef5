package com.breakeven.ingestion.usage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Remembers the results of an expensive, pure mapping of short texts (meter names, units,
 * date spellings), of which an export repeats a handful millions of times. Bounded, least
 * recently used out first, so that memory does not grow with the file. Not thread-safe:
 * one per reader.
 */
final class Memo<K, V> {

	private static final int CAPACITY = 4_096;

	private final Function<K, V> mapping;

	private final Map<K, V> results = new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
			return size() > CAPACITY;
		}

	};

	Memo(Function<K, V> mapping) {
		this.mapping = mapping;
	}

	/** The mapping's result; a mapping that throws is not remembered. */
	V get(K key) {
		V result = this.results.get(key);
		if (result == null && !this.results.containsKey(key)) {
			result = this.mapping.apply(key);
			this.results.put(key, result);
		}
		return result;
	}

}
