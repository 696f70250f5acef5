package com.breakeven.web.security;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.EnumSet;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * On the first start of the web application (no user yet) creates {@code admin} with a
 * random password and prints it once to the console, not to the log: there is never a
 * fixed default password. The admin signs in, creates the other users and should change
 * it.
 */
@Component
@ConditionalOnWebApplication
class FirstStartAdmin implements ApplicationRunner {

	static final String USERNAME = "admin";

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final UserAccounts accounts;

	private final PrintStream console;

	@Autowired
	FirstStartAdmin(UserAccounts accounts) {
		this(accounts, System.out);
	}

	FirstStartAdmin(UserAccounts accounts, PrintStream console) {
		this.accounts = accounts;
		this.console = console;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		String password = randomPassword(20);
		this.accounts.create(USERNAME, "Administrator", password, EnumSet.of(Role.ADMIN));
		this.console.println();
		this.console.println("  First start: created user '" + USERNAME + "' with password " + password);
		this.console.println("  It is shown this once. Sign in, create the other users, then change it.");
		this.console.println();
	}

	static String randomPassword(int length) {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
