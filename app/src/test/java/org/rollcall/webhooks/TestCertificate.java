package org.rollcall.webhooks;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A self-signed certificate for 127.0.0.1 and localhost, made once per test JVM with the JDK's keytool: the
 * receiver serves https with it, and Rollcall's webhook client trusts it (and only it) through the "webhooks"
 * SSLContext bean this configuration adds, so deliveries run over real TLS with the production settings.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestCertificate {

    private static final char[] PASSWORD = "receiver-test".toCharArray();
    private static KeyStore keys;

    @Bean
    @Qualifier("webhooks")
    SSLContext webhookTrust() throws Exception {
        return clientContext();
    }

    static synchronized KeyStore keys() throws Exception {
        if (keys == null) {
            Path dir = Files.createTempDirectory("webhook-receiver");
            Path file = dir.resolve("receiver.p12");
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "receiver", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                    "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", new String(PASSWORD))
                    .redirectErrorStream(true).start();
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + new String(keytool.getInputStream()
                        .readAllBytes()));
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, PASSWORD);
            }
            keys = store;
        }
        return keys;
    }

    static SSLContext serverContext() throws Exception {
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys(), PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        return context;
    }

    static SSLContext clientContext() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("receiver", keys().getCertificate("receiver"));
        TrustManagerFactory managers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        managers.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, managers.getTrustManagers(), null);
        return context;
    }
}
