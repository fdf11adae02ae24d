package io.skyrack.core.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ed25519 key files, key ids and signatures. */
class BundleKeysTest {

    @Test
    void writtenKeysReadBackAndThePrivateKeyIsOwnerOnly(@TempDir Path dir) throws Exception {
        KeyPair pair = BundleKeys.generate();
        BundleKeys.writeKeyPair(pair, dir, false);
        PrivateKey key = BundleKeys.readPrivateKey(dir.resolve(BundleKeys.PRIVATE_KEY_FILE));
        PublicKey pub = BundleKeys.readPublicKey(dir.resolve(BundleKeys.PUBLIC_KEY_FILE));
        assertArrayEquals(pair.getPrivate().getEncoded(), key.getEncoded());
        assertArrayEquals(pair.getPublic().getEncoded(), pub.getEncoded());
        assertTrue(Files.readString(dir.resolve(BundleKeys.PRIVATE_KEY_FILE)).startsWith("-----BEGIN PRIVATE KEY-----\n"));
        assertTrue(Files.readString(dir.resolve(BundleKeys.PUBLIC_KEY_FILE)).startsWith("-----BEGIN PUBLIC KEY-----\n"));
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dir.resolve(BundleKeys.PRIVATE_KEY_FILE))));
        }
        assertThrows(FileAlreadyExistsException.class, () -> BundleKeys.writeKeyPair(BundleKeys.generate(), dir, false));
    }

    @Test
    void thePublicKeyIsDerivedFromThePrivateKey() throws Exception {
        for (int i = 0; i < 5; i++) {
            KeyPair pair = BundleKeys.generate();
            assertArrayEquals(pair.getPublic().getEncoded(), BundleKeys.publicKeyOf(pair.getPrivate()).getEncoded());
        }
    }

    @Test
    void theKeyIdIsTheStartOfTheSha256OfTheX509Encoding() throws Exception {
        PublicKey pub = BundleFixtures.testPublicKey();
        assertEquals(StagedFiles.sha256Hex(pub.getEncoded()).substring(0, 16), BundleKeys.keyId(pub));
        assertTrue(BundleKeys.keyId(pub).matches("[0-9a-f]{16}"));
    }

    @Test
    void signaturesAreDeterministicAndVerify() throws Exception {
        byte[] data = "manifest".getBytes(StandardCharsets.UTF_8);
        BundleSignature a = BundleSignature.sign(data, BundleFixtures.testKey());
        BundleSignature b = BundleSignature.sign(data, BundleFixtures.testKey());
        assertArrayEquals(a.signature(), b.signature(), "Ed25519 signs deterministically");
        assertTrue(a.verifies(data, BundleFixtures.testPublicKey()));
        BundleSignature back = BundleSignature.parse(a.toText());
        assertEquals(a.keyId(), back.keyId());
        assertArrayEquals(a.signature(), back.signature());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a key", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
        "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAYb+T6CVLNMNV0zQGW36oI71AbXEBgNHZO4asSEXUm7o=\n-----END PUBLIC KEY-----\n"})
    void aFileWithoutAnEd25519PrivateKeyIsRefused(String text, @TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("k"), text);
        BundleException e = assertThrows(BundleException.class, () -> BundleKeys.readPrivateKey(f));
        assertEquals(BundleException.Reason.INVALID_KEY, e.reason());
    }

    @Test
    void aMissingKeyFileIsInvalidInput(@TempDir Path dir) {
        BundleException e = assertThrows(BundleException.class, () -> BundleKeys.readPublicKey(dir.resolve("none")));
        assertEquals(BundleException.Reason.INVALID_KEY, e.reason());
    }
}
