package com.breakeven.web;

/**
 * A delete from a page is its second step: the first (Delete…) shows what goes, the
 * second ("Yes, delete …") sends {@code confirm=yes}. A POST without it, from a stale
 * page or a stray script, deletes nothing.
 */
public final class DeleteConfirmation {

	private DeleteConfirmation() {
	}

	/** Whether the request carried the second step's answer. */
	public static boolean given(String confirm) {
		return "yes".equals(confirm);
	}

	/** What the page says when the second step was skipped. */
	public static String refusal(String what) {
		return "Not deleted: " + what + " goes only once you press “Yes, delete” under Delete….";
	}

}
