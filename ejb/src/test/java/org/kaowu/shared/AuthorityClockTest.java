package org.kaowu.shared;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthorityClockTest {

    @AfterEach
    void off() {
        System.clearProperty(AuthorityClock.ADJUSTABLE);
    }

    @Test
    void withoutTheTestSwitchTheClockIsTheSystemsAndCannotBeMoved() {
        AuthorityClock clock = new AuthorityClock();
        assertThrows(IllegalStateException.class, () -> clock.set(Instant.parse("2040-09-08T01:00:00Z")));
        assertTrue(Duration.between(Instant.now(), clock.now()).abs().toSeconds() < 2);
        assertFalse(clock.moved());
    }

    @Test
    void aMovedClockRunsOnFromTheTimeSetInBeijingDays() throws InterruptedException {
        System.setProperty(AuthorityClock.ADJUSTABLE, "true");
        AuthorityClock clock = new AuthorityClock();
        clock.set(Instant.parse("2040-09-07T16:30:00Z"));
        assertEquals(LocalDate.of(2040, 9, 8), clock.today(), "00:30 on 8 September in Beijing");
        Instant first = clock.now();
        Thread.sleep(20);
        assertTrue(clock.now().isAfter(first), "time runs on");
        assertTrue(clock.moved());
        clock.reset();
        assertFalse(clock.moved());
        assertTrue(Duration.between(Instant.now(), clock.now()).abs().toSeconds() < 2);
    }
}
