package org.kaowu.certification;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Messages;

import javax.sql.DataSource;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a visitor is told when the database does not answer a verification (the answers themselves: CertificateIT). */
class CertificateVerifierTest {

    private final CertificateVerifier verifier = new CertificateVerifier();

    @AfterEach
    void stop() {
        verifier.stop();
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsA503SayingToTryAgainAndTheReaderGoesOn() throws Exception {
        set("dataSource", Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{DataSource.class}, (p, m, a) -> {
            if (m.getName().equals("getConnection")) {
                throw new SQLException("connection refused");
            }
            throw new UnsupportedOperationException(m.getName());
        }));
        set("threads", new ManagedThreadFactory() {
            @Override
            public Thread newThread(Runnable r) {
                return Executors.defaultThreadFactory().newThread(r);
            }

            @Override
            public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
                throw new UnsupportedOperationException();
            }
        });
        set("clock", new AuthorityClock());
        for (int i = 0; i < 2; i++) { // the second look-up proves the reader outlived the first failure
            DomainException e = assertThrows(DomainException.class,
                    () -> verifier.verify(null, null, "ZZZZ-ZZZZ-ZZZZ-ZZZZ"));
            assertEquals(CertificateVerifier.UNAVAILABLE, e.type());
            assertEquals(503, e.status());
            assertTrue(e.message(Messages.CHINESE).contains("请稍后再试"), e.message(Messages.CHINESE));
            assertTrue(e.message(Locale.ENGLISH).contains("try again"), e.message(Locale.ENGLISH));
        }
        assertEquals("NOT_FOUND", verifier.verify(null, null, "not a code").result(), "no query for what cannot be a code");
    }

    private void set(String field, Object value) throws ReflectiveOperationException {
        Field f = CertificateVerifier.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(verifier, value);
    }
}
