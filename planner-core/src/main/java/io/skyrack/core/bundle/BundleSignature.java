package io.skyrack.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Objects;

/**
 * The content of {@code manifest.sig}: a detached Ed25519 signature of the exact bytes of
 * {@code manifest.json}, the signer's key id and, for convenience, the signer's public key. The embedded key
 * lets anyone check that the signature is intact; only a key the receiver already trusts
 * ({@code verify --trust}) says who signed.
 *
 * @param algorithm always {@code Ed25519}
 * @param keyId the signer's key id ({@link BundleKeys#keyId})
 * @param publicKey the signer's public key, X.509 encoding
 * @param signature the 64-byte signature
 */
public record BundleSignature(String algorithm, String keyId, byte[] publicKey, byte[] signature) {

    /** Checks structure and copies the arrays. */
    public BundleSignature {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(keyId, "keyId");
        publicKey = publicKey.clone();
        signature = signature.clone();
    }

    /**
     * @param manifest the bytes of manifest.json
     * @param key the signer's private key
     * @return the signature record
     * @throws BundleException when the key is not an Ed25519 key
     */
    static BundleSignature sign(byte[] manifest, PrivateKey key) throws BundleException {
        PublicKey pub = BundleKeys.publicKeyOf(key);
        try {
            return new BundleSignature(BundleKeys.ALGORITHM, BundleKeys.keyId(pub), pub.getEncoded(),
                    BundleKeys.sign(key, manifest));
        } catch (InvalidKeyException e) {
            throw new BundleException(BundleException.Reason.INVALID_KEY, "cannot sign with this key: "
                    + e.getMessage());
        }
    }

    /**
     * @param manifest the bytes of manifest.json
     * @param key a public key
     * @return true when this signature of the manifest verifies with that key
     */
    boolean verifies(byte[] manifest, PublicKey key) {
        return BundleKeys.verify(key, manifest, signature);
    }

    /** @return the text of manifest.sig */
    String toText() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("algorithm", algorithm);
        o.put("keyId", keyId);
        o.put("publicKey", Base64.getEncoder().encodeToString(publicKey));
        o.put("signature", Base64.getEncoder().encodeToString(signature));
        return BundleJson.write(o);
    }

    /**
     * @param text the content of manifest.sig
     * @return the record
     * @throws IllegalArgumentException when the text is not a signature record
     */
    static BundleSignature parse(String text) {
        JsonNode o;
        try {
            o = new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage());
        }
        if (o == null || !o.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        for (String field : new String[] {"algorithm", "keyId", "publicKey", "signature"}) {
            if (!o.path(field).isTextual()) {
                throw new IllegalArgumentException("missing text field '" + field + "'");
            }
        }
        try {
            return new BundleSignature(o.get("algorithm").asText(), o.get("keyId").asText(),
                    Base64.getDecoder().decode(o.get("publicKey").asText()),
                    Base64.getDecoder().decode(o.get("signature").asText()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad base64: " + e.getMessage());
        }
    }
}
