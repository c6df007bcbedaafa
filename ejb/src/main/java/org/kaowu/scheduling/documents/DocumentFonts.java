package org.kaowu.scheduling.documents;

import com.lowagie.text.pdf.BaseFont;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;

/**
 * The node's CJK font for PDFs ({@link TicketFont}), unpacked and parsed once, on first use, then shared: an OpenPDF
 * font is read-only once made, and each document keeps its own record of the glyphs it used.
 */
@Singleton
@Lock(LockType.READ)
public class DocumentFonts {

    private volatile BaseFont font;

    public BaseFont font() {
        BaseFont f = font;
        return f != null ? f : load();
    }

    private synchronized BaseFont load() {
        if (font == null) {
            font = TicketFont.create(TicketFont.load());
        }
        return font;
    }
}
