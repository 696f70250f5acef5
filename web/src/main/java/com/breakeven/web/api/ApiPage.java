package com.breakeven.web.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of a list answer.
 *
 * @param items this page's items
 * @param page the page number, from 0
 * @param size the most items a page holds
 * @param totalItems items over all pages
 * @param totalPages pages in all
 */
public record ApiPage<T>(@Schema(description = "This page's items.") List<T> items,
		@Schema(description = "Page number, from 0.", example = "0") int page,
		@Schema(description = "Most items a page holds, up to 500.", example = "50") int size,
		@Schema(description = "Items over all pages, a count.", example = "6") long totalItems,
		@Schema(description = "Pages in all, a count.", example = "1") int totalPages) {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 500;

	/** What a list endpoint's {@code page} parameter means, for its OpenAPI entry. */
	public static final String PAGE_PARAMETER = "Page number, from 0 (default 0).";

	/** What a list endpoint's {@code size} parameter means, for its OpenAPI entry. */
	public static final String SIZE_PARAMETER = "Most items a page holds, 1 to " + MAX_SIZE + " (default "
			+ DEFAULT_SIZE + ").";

	public ApiPage {
		items = List.copyOf(items);
	}

	/**
	 * The page of a whole list.
	 * @param page from 0; {@code null} for the first
	 * @param size 1 to {@value #MAX_SIZE}; {@code null} for {@value #DEFAULT_SIZE}
	 * @throws ApiProblem naming {@code page} or {@code size} when out of range
	 */
	public static <T> ApiPage<T> of(List<T> all, Integer page, Integer size) {
		int number = (page != null) ? page : 0;
		int length = (size != null) ? size : DEFAULT_SIZE;
		if (number < 0) {
			throw ApiProblem.badRequest("page must be 0 or more, was " + number, "page");
		}
		if (length < 1 || length > MAX_SIZE) {
			throw ApiProblem.badRequest("size must be 1 to " + MAX_SIZE + ", was " + length, "size");
		}
		int from = (int) Math.min((long) number * length, all.size());
		int to = Math.min(from + length, all.size());
		return new ApiPage<>(all.subList(from, to), number, length, all.size(),
				(int) ((all.size() + (long) length - 1) / length));
	}

}
