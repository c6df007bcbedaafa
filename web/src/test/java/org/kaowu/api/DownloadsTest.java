package org.kaowu.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A download keeps the name it was uploaded with, safely: RFC 6266 attachment with an RFC 5987 UTF-8 name. */
class DownloadsTest {

    @Test
    void theOriginalNameIsSentInUtf8WithAnAsciiFallback() {
        assertEquals("attachment; filename=\"______.pdf\"; filename*=UTF-8''%E5%AD%A6%E5%8E%86%E8%AF%81%E4%B9%A6%E6%89%AB%E6%8F%8F.pdf",
                Downloads.attachment("学历证书扫描.pdf", ".pdf", "document-7"));
        assertEquals("attachment; filename=\"work proof 2024.jpg\"; filename*=UTF-8''work%20proof%202024.jpg",
                Downloads.attachment("work proof 2024.jpg", ".jpg", "document-7"));
        assertEquals("attachment; filename=\"scan.JPEG\"; filename*=UTF-8''scan.JPEG", Downloads.attachment("scan.JPEG", ".jpg", "d"));
    }

    @Test
    void nothingInTheNameCanEndTheHeaderOrNameAPath() {
        String header = Downloads.attachment("..\\..\\evil\";\r\nSet-Cookie: x=1;\u202Egpj.pdf", ".pdf", "document-9");
        assertFalse(header.contains("\r") || header.contains("\n") || header.contains("\u202E"), header);
        assertEquals(2, header.chars().filter(c -> c == '"').count(), "only the quotes around the ASCII name: " + header);
        assertFalse(header.contains("\\") || header.contains("/"), header);
        assertTrue(header.startsWith("attachment; filename=\"evilSet-Cookie x=1gpj.pdf\""), header);
    }

    @Test
    void aMissingNameOrOneWithoutTheRightExtensionIsCompleted() {
        assertEquals("attachment; filename=\"document-62.jpg\"; filename*=UTF-8''document-62.jpg", Downloads.attachment(null, ".jpg", "document-62"));
        assertEquals("attachment; filename=\"diploma.pdf\"; filename*=UTF-8''diploma.pdf", Downloads.attachment("diploma", ".pdf", "d"));
        assertEquals("attachment; filename=\"x.exe.pdf\"; filename*=UTF-8''x.exe.pdf", Downloads.attachment("x.exe", ".pdf", "d"));
    }
}
