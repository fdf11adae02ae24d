package io.skyrack.core.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ed25519 keys for signing bundles, with the JDK's own providers.
 *
 * <p>Files are PEM, as OpenSSL writes them: {@code skyrack.key} holds the private key as PKCS#8
 * ({@code -----BEGIN PRIVATE KEY-----}, permissions {@code rw-------}), {@code skyrack.pub} the public key as
 * X.509 SubjectPublicKeyInfo ({@code -----BEGIN PUBLIC KEY-----}). A key made with
 * {@code openssl genpkey -algorithm ed25519} works too. A key's id is the first 16 hex digits of the SHA-256
 * of its X.509 encoding.
 */
public final class BundleKeys {

    /** Signature algorithm name, as the JDK and manifest.sig spell it. */
    public static final String ALGORITHM = "Ed25519";
    /** File name of the private key written by {@link #writeKeyPair}. */
    public static final String PRIVATE_KEY_FILE = "skyrack.key";
    /** File name of the public key written by {@link #writeKeyPair}. */
    public static final String PUBLIC_KEY_FILE = "skyrack.pub";

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");

    private BundleKeys() {
    }

    /** @return a new Ed25519 key pair */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }

    /**
     * Writes {@code skyrack.key} (owner-only permissions where the file system has them) and
     * {@code skyrack.pub}.
     *
     * @param pair the key pair
     * @param dir folder (created when missing)
     * @param overwrite whether existing key files may be replaced
     * @throws FileAlreadyExistsException when a key file exists and {@code overwrite} is false
     * @throws IOException when writing fails
     */
    public static void writeKeyPair(KeyPair pair, Path dir, boolean overwrite) throws IOException {
        Files.createDirectories(dir);
        Path key = dir.resolve(PRIVATE_KEY_FILE);
        Path pub = dir.resolve(PUBLIC_KEY_FILE);
        for (Path p : new Path[] {key, pub}) {
            if (!overwrite && Files.exists(p)) {
                throw new FileAlreadyExistsException(p.toString());
            }
        }
        Path tmp = Files.createTempFile(dir, ".skyrack.key.", ".tmp");
        try {
            Files.writeString(tmp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            Files.move(tmp, key, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        io.skyrack.core.persistence.PlanFiles.writeAtomically(pub,
                pem("PUBLIC KEY", pair.getPublic().getEncoded()).getBytes(StandardCharsets.US_ASCII));
        if (key.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /**
     * @param file a PEM (or bare base64) PKCS#8 Ed25519 private key
     * @return the key
     * @throws BundleException when the file is missing or holds no Ed25519 private key
     * @throws IOException when it cannot be read
     */
    public static PrivateKey readPrivateKey(Path file) throws BundleException, IOException {
        byte[] der = der(file, "PRIVATE KEY");
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (InvalidKeySpecException | NoSuchAlgorithmException e) {
            throw new BundleException(BundleException.Reason.INVALID_KEY,
                    file + " is not an Ed25519 private key (PKCS#8): " + e.getMessage());
        }
    }

    /**
     * @param file a PEM (or bare base64) X.509 Ed25519 public key
     * @return the key
     * @throws BundleException when the file is missing or holds no Ed25519 public key
     * @throws IOException when it cannot be read
     */
    public static PublicKey readPublicKey(Path file) throws BundleException, IOException {
        byte[] der = der(file, "PUBLIC KEY");
        return publicKey(der, file.toString());
    }

    /**
     * @param der X.509 SubjectPublicKeyInfo encoding
     * @param what where it came from, for the message
     * @return the key
     * @throws BundleException when it is not an Ed25519 public key
     */
    static PublicKey publicKey(byte[] der, String what) throws BundleException {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (InvalidKeySpecException | NoSuchAlgorithmException e) {
            throw new BundleException(BundleException.Reason.INVALID_KEY,
                    what + " is not an Ed25519 public key (X.509): " + e.getMessage());
        }
    }

    /**
     * Derives the public half of an Ed25519 private key: the JDK computes a key pair from 32 seed bytes, so
     * feeding it the private key's seed reproduces the pair.
     *
     * @param key an Ed25519 private key
     * @return its public key
     * @throws BundleException when the key is not an Ed25519 key with accessible bytes
     */
    public static PublicKey publicKeyOf(PrivateKey key) throws BundleException {
        if (!(key instanceof EdECPrivateKey ed) || ed.getBytes().isEmpty()) {
            throw new BundleException(BundleException.Reason.INVALID_KEY, "not an Ed25519 private key");
        }
        byte[] seed = ed.getBytes().get();
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(ALGORITHM);
            g.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
            KeyPair pair = g.generateKeyPair();
            byte[] again = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
            byte[] probe = "skyrack key check".getBytes(StandardCharsets.US_ASCII);
            if (!Arrays.equals(seed, again) || !verify(pair.getPublic(), probe, sign(key, probe))) {
                throw new IllegalStateException("the JDK's Ed25519 key generator does not use the seed as expected");
            }
            return pair.getPublic();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }

    /**
     * @param key a public key
     * @return the first 16 hex digits of the SHA-256 of its X.509 encoding
     */
    public static String keyId(PublicKey key) {
        return HexFormat.of().formatHex(StagedFiles.sha256().digest(key.getEncoded())).substring(0, 16);
    }

    /**
     * @param key private key
     * @param data bytes to sign
     * @return the 64-byte Ed25519 signature
     * @throws InvalidKeyException when the key is not an Ed25519 key
     */
    static byte[] sign(PrivateKey key, byte[] data) throws InvalidKeyException {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key);
            s.update(data);
            return s.sign();
        } catch (NoSuchAlgorithmException | SignatureException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /**
     * @param key public key
     * @param data signed bytes
     * @param signature signature
     * @return true when the signature is valid
     */
    static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        } catch (InvalidKeyException | SignatureException e) {
            return false;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }

    /**
     * @param type PEM label
     * @param der content
     * @return PEM text with 64-character lines
     */
    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(Path file, String type) throws BundleException, IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new BundleException(BundleException.Reason.INVALID_KEY, "no such key file: " + file);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new BundleException(BundleException.Reason.INVALID_KEY, file + " is not a PEM key file");
        }
        Matcher m = PEM.matcher(text);
        String body = null;
        while (m.find()) {
            if (m.group(1).equals(type)) {
                body = m.group(2);
                break;
            }
        }
        if (body == null) {
            if (text.contains("-----BEGIN")) {
                throw new BundleException(BundleException.Reason.INVALID_KEY,
                        file + " has no '" + type + "' PEM block");
            }
            body = text;
        }
        try {
            return Base64.getMimeDecoder().decode(body.strip());
        } catch (IllegalArgumentException e) {
            throw new BundleException(BundleException.Reason.INVALID_KEY, file + " is not valid base64: "
                    + e.getMessage());
        }
    }

    /** A "random" source that returns a fixed seed: lets the JDK rebuild a key pair from its private key. */
    private static final class SeedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;

        SeedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("expected a request for " + seed.length + " seed bytes");
            }
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
        }
    }
}
