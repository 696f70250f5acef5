package com.breakeven.ingestion.probe;

/**
 * Deterministic prompts of a chosen length: a request number (so that a server's prefix
 * cache cannot answer from an earlier request) followed by words from a fixed list in a
 * fixed order. Most of these words are one token in common tokenizers; the word count is
 * calibrated against the server's own token count ({@link #wordsFor}).
 */
public final class Prompts {

	private static final String[] WORDS = ("the of and to in is was for on that with as by at from his her they "
			+ "this have not are but had which one were all their there been has when who will more no if out so "
			+ "said what up its about than into them can only other new some could time these two may then do first "
			+ "any my now such like our over man me even most made after also did many before must through back "
			+ "years where much your way well down should because each just those people how too little state good "
			+ "very make world still own see men work long get here between both life being under never day same "
			+ "another know while last might us great old year off come since against go came right used take three")
		.split(" ");

	private Prompts() {
	}

	/**
	 * @param request the request's number in the probe
	 * @param words words after the request number
	 * @return the prompt text
	 */
	public static String prompt(long request, int words) {
		StringBuilder text = new StringBuilder(words * 6 + 32);
		text.append("Request ").append(request).append(". Continue this text:");
		for (int i = 0; i < words; i++) {
			text.append(' ').append(WORDS[(int) ((i * 7L + request) % WORDS.length)]);
		}
		return text.toString();
	}

	/**
	 * Words that make a prompt of {@code targetTokens}, from two calibration requests: a
	 * prompt of {@code shortWords} counted {@code shortTokens} by the server, one of
	 * {@code longWords} counted {@code longTokens} (the difference is tokens per word;
	 * the rest is the chat template and the request number).
	 */
	public static int wordsFor(int targetTokens, int shortWords, long shortTokens, int longWords, long longTokens) {
		double tokensPerWord = (double) (longTokens - shortTokens) / (longWords - shortWords);
		if (!(tokensPerWord > 0)) {
			throw new IllegalStateException("the server counted " + shortTokens + " and " + longTokens
					+ " prompt tokens for " + shortWords + " and " + longWords + " words: cannot calibrate");
		}
		double overhead = shortTokens - tokensPerWord * shortWords;
		return Math.max(1, (int) Math.round((targetTokens - overhead) / tokensPerWord));
	}

}
