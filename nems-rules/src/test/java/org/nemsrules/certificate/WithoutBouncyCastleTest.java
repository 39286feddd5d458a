package org.nemsrules.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.security.PrivateKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bouncy Castle is an optional dependency: with the library's classes loaded where Bouncy Castle is not on the class
 * path, a PKCS#8 key is still read (by the JDK), and a PKCS#1 key is a warning naming what is missing, not a
 * {@link NoClassDefFoundError}.
 */
class WithoutBouncyCastleTest {
    @TempDir
    Path dir;

    /** The library's own classes, under the platform class loader alone: no Bouncy Castle, no test classes. */
    private static Method readWithoutBouncyCastle() throws Exception {
        URL classes = PrivateKeyFile.class.getProtectionDomain().getCodeSource().getLocation();
        ClassLoader loader = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader());
        assertThrows(ClassNotFoundException.class, () -> loader.loadClass("org.bouncycastle.openssl.PEMParser"));
        Class<?> keyFile = loader.loadClass(PrivateKeyFile.class.getName());
        Method read = keyFile.getDeclaredMethod("read", Path.class, String.class);
        read.setAccessible(true);
        return read;
    }

    @Test
    void aPkcs8KeyIsReadByTheJdk() throws Exception {
        Object key = readWithoutBouncyCastle()
                .invoke(null, TestPki.pkcs8Key(dir, "endpoint.key", TestPki.ENDPOINT_KEYS), "the certificate");
        assertEquals(TestPki.ENDPOINT_KEYS.getPrivate(), assertInstanceOf(PrivateKey.class, key));
    }

    @Test
    void aPkcs1KeyIsAWarningThatBouncyCastleIsNeeded() throws Exception {
        Method read = readWithoutBouncyCastle();
        Path key = TestPki.traditionalKey(dir, "endpoint.key", TestPki.ENDPOINT_KEYS);
        InvocationTargetException thrown =
                assertThrows(InvocationTargetException.class, () -> read.invoke(null, key, "the certificate"));
        Throwable unreadable = thrown.getCause();
        assertEquals(UnreadableException.class.getName(), unreadable.getClass().getName());
        assertTrue(unreadable.getMessage().contains("bcpkix-jdk18on"), unreadable.getMessage());
        assertTrue(unreadable.getMessage().contains("not on the class path"), unreadable.getMessage());
    }
}
