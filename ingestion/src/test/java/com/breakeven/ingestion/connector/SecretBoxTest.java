package com.breakeven.ingestion.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

	/** 32 bytes in base64. */
	private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

	/** Another 32 bytes in base64. */
	private static final String OTHER_KEY = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";

	private static final String SECRET = "sk-admin-0123456789abcdef";

	@TempDir
	Path directory;

	@Test
	void seal_opensWithTheSameKeyAndContextAndHidesTheSecret() {
		SecretBox box = SecretBox.of(KEY, null);
		String sealed = box.seal(SECRET, "usage-connector:OPENAI:prod");
		assertThat(sealed).startsWith("v1:").doesNotContain(SECRET);
		assertThat(box.open(sealed, "usage-connector:OPENAI:prod")).isEqualTo(SECRET);
		// a fresh nonce each time: the same secret never seals the same way twice
		assertThat(box.seal(SECRET, "usage-connector:OPENAI:prod")).isNotEqualTo(sealed);
	}

	@Test
	void open_refusesAnotherContextOrKeyWithoutShowingTheValue() {
		String sealed = SecretBox.of(KEY, null).seal(SECRET, "usage-connector:OPENAI:prod");
		assertThatThrownBy(() -> SecretBox.of(KEY, null).open(sealed, "usage-connector:OPENAI:test"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("does not open")
			.message()
			.doesNotContain(SECRET);
		assertThatThrownBy(() -> SecretBox.of(OTHER_KEY, null).open(sealed, "usage-connector:OPENAI:prod"))
			.hasMessageContaining("does not open");
	}

	@Test
	void of_readsTheKeyFileWhenNoVariableIsSet() throws IOException {
		Path file = Files.writeString(this.directory.resolve("secret.key"), KEY + "\n");
		String sealed = SecretBox.of(" ", file).seal(SECRET, "c");
		assertThat(SecretBox.of(KEY, null).open(sealed, "c")).isEqualTo(SECRET);
	}

	@Test
	void seal_refusedWithoutAKeySayingHowToSetOne() {
		SecretBox none = SecretBox.of(null, null);
		assertThat(none.canSeal()).isFalse();
		assertThatThrownBy(() -> none.seal(SECRET, "c")).hasMessageContaining("BREAKEVEN_SECRET_KEY")
			.hasMessageContaining("breakeven.secrets.key-file")
			.hasMessageContaining("openssl rand -base64 32");
	}

	@Test
	void of_refusesAKeyThatIsNot32Bytes() {
		// "c2hvcnQ=" is the 5 bytes of "short"
		assertThatThrownBy(() -> SecretBox.of("c2hvcnQ=", null))
			.hasMessage("BREAKEVEN_SECRET_KEY holds 5 bytes; an AES-256 key is 32 bytes");
		assertThatThrownBy(() -> SecretBox.of("not base64!", null))
			.hasMessageStartingWith("BREAKEVEN_SECRET_KEY is not base64");
	}

	@Test
	void adminKey_showsOnlyItsLastFourCharacters() {
		AdminKey key = new AdminKey(SECRET);
		assertThat(key.lastFour()).isEqualTo("cdef");
		assertThat(key.toString()).isEqualTo("AdminKey[…cdef]");
		assertThatThrownBy(() -> new AdminKey("sk-admin with space")).hasMessageContaining("without spaces");
	}

}
