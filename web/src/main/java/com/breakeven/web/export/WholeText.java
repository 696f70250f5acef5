package com.breakeven.web.export;

/**
 * A table cell that is a sentence meant to be read whole (why a strategy never pays back,
 * a break-even volume with its reason): pages wrap it in its cell instead of folding it
 * to its first words ({@link TableCells#brief}); downloads write the text as it is.
 *
 * @param text the sentence
 */
public record WholeText(String text) {

	public WholeText {
		if (text == null) {
			throw new IllegalArgumentException("text must not be null");
		}
	}

	@Override
	public String toString() {
		return this.text;
	}

}
