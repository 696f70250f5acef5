package com.breakeven.ingestion.connector;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals connector keys for storage with AES-256-GCM. The key-encryption key comes from
 * outside the database: the environment variable {@value #ENVIRONMENT_VARIABLE} or a file
 * ({@code breakeven.secrets.key-file}), each holding 32 random bytes in base64
 * ({@code openssl rand -base64 32}). Without one, nothing can be sealed: the application
 * refuses to store a key rather than store it readable.
 * <p>
 * A sealed value is {@code v1:} + base64 of a fresh 12-byte nonce, the ciphertext and the
 * 16-byte tag. The context (the connector's provider and name) is authenticated with it,
 * so a sealed key copied onto another connector's row does not open.
 */
public final class SecretBox {

	/** The environment variable that holds the key-encryption key. */
	public static final String ENVIRONMENT_VARIABLE = "BREAKEVEN_SECRET_KEY";

	static final String NO_KEY = "connector keys are stored encrypted, and no encryption key is set: set "
			+ ENVIRONMENT_VARIABLE + " or breakeven.secrets.key-file to 32 random bytes in base64"
			+ " (openssl rand -base64 32) and restart";

	private static final String VERSION = "v1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final int KEY_BYTES = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKey key;

	private SecretBox(SecretKey key) {
		this.key = key;
	}

	/**
	 * @param keyText the variable's value (base64), else {@code null} or blank
	 * @param keyFile the key file, else {@code null}; read when no variable is set
	 * @return a box that seals, or one that refuses to when neither is set
	 * @throws IllegalArgumentException naming the source when the key is set but is not
	 * 32 bytes of base64, or the file cannot be read
	 */
	public static SecretBox of(String keyText, Path keyFile) {
		if (keyText != null && !keyText.isBlank()) {
			return new SecretBox(key(keyText, ENVIRONMENT_VARIABLE));
		}
		if (keyFile != null) {
			try {
				return new SecretBox(key(Files.readString(keyFile, StandardCharsets.US_ASCII), keyFile.toString()));
			}
			catch (IOException ex) {
				throw new IllegalArgumentException(
						"breakeven.secrets.key-file " + keyFile + " cannot be read: " + ex.getMessage(), ex);
			}
		}
		return new SecretBox(null);
	}

	private static SecretKey key(String base64, String source) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(source + " is not base64 (expected 32 random bytes in base64)", ex);
		}
		if (bytes.length != KEY_BYTES) {
			throw new IllegalArgumentException(
					source + " holds " + bytes.length + " bytes; an AES-256 key is " + KEY_BYTES + " bytes");
		}
		return new SecretKeySpec(bytes, "AES");
	}

	/**
	 * @return whether a key-encryption key is set
	 */
	public boolean canSeal() {
		return this.key != null;
	}

	/**
	 * @param secret the text to hide
	 * @param context what it belongs to, authenticated with it
	 * @return the sealed text
	 * @throws IllegalStateException when no key-encryption key is set
	 */
	public String seal(String secret, String context) {
		SecretKey sealing = required();
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, sealing, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			byte[] stored = new byte[NONCE_BYTES + sealed.length];
			System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
			System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
			return VERSION + Base64.getEncoder().encodeToString(stored);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available in this Java runtime", ex);
		}
	}

	/**
	 * @param sealed a value of {@link #seal}
	 * @param context the context it was sealed with
	 * @return the secret
	 * @throws IllegalStateException when no key is set, or the value does not open with
	 * this key and context (another key, a changed value, another connector's row); the
	 * message never holds the value
	 */
	public String open(String sealed, String context) {
		SecretKey opening = required();
		if (sealed == null || !sealed.startsWith(VERSION)) {
			throw new IllegalStateException("the stored key is not a sealed value of this application");
		}
		byte[] stored = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
		if (stored.length <= NONCE_BYTES) {
			throw new IllegalStateException("the stored key is truncated");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, opening, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException ex) {
			throw new IllegalStateException("the stored key does not open with the encryption key now set" + " (was "
					+ ENVIRONMENT_VARIABLE + " or the key file changed?): enter the admin key again", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available in this Java runtime", ex);
		}
	}

	private SecretKey required() {
		if (this.key == null) {
			throw new IllegalStateException(NO_KEY);
		}
		return this.key;
	}

	@Override
	public String toString() {
		return "SecretBox[" + (canSeal() ? "key set" : "no key") + "]";
	}

}
