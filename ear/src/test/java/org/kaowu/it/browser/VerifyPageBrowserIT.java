package org.kaowu.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public verification page on a 390 px phone (issue 14): reached from the home page, a number without the
 * holder's name is told beside the field what is missing, an unknown code is NOT_FOUND with what to check, and the
 * QR code's deep link answers on opening. No certificate is needed (CertificateIT verifies real ones).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VerifyPageBrowserIT extends Chromium {

    @BeforeAll
    static void openBrowser() throws Exception {
        startPhone();
    }

    @Test
    void aVisitorOnAPhoneVerifiesByNumberOrCode() {
        open("/");
        byId("home-verify").click();
        byId("verify-form:number");
        assertPhoneWidth("/public/verify");

        type("verify-form:number", "Z20511100010000001");
        submit("verify-form:verify");
        String missing = browser.findElement(By.cssSelector("[id='verify-form:holder'] ~ .ui-message, .ui-message[id*='holder']")).getText();
        assertTrue(missing.contains("持证人姓名"), missing);
        assertTrue(browser.findElements(By.id("verify-result")).isEmpty());

        type("verify-form:holder", "不是持证人");
        submit("verify-form:verify");
        assertEquals("NOT_FOUND", byId("verify-result").getAttribute("data-result"));
        assertTrue(byId("verify-result").getText().contains("核对证书编号和持证人姓名"), byId("verify-result").getText());
        assertPhoneWidth("/public/verify (not found)");

        open("/public/verify?code=zzzz-zzzz-zzzz-zzzz");
        assertEquals("NOT_FOUND", byId("verify-result").getAttribute("data-result"));
        assertPhoneWidth("/public/verify?code=");
    }
}
