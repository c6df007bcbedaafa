package org.kaowu.platform.delivery;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The logging gateway never logs a whole number, and keeps nothing outside a test server. */
class LoggingSmsGatewayTest {

    @Test
    void numbersAreMaskedInTheLog() {
        assertEquals("139****5678", LoggingSmsGateway.masked("13912345678"));
        assertEquals("****", LoggingSmsGateway.masked("123"));
        assertEquals("****", LoggingSmsGateway.masked(null));
    }

    @Test
    void nothingIsKeptUnlessTheServerIsATestServer() {
        LoggingSmsGateway gateway = new LoggingSmsGateway();
        gateway.send("13912345678", "【考务系统】您的重置密码验证码为123456");
        assertTrue(gateway.recent().isEmpty(), "a production gateway keeps no codes");
    }
}
