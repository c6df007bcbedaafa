package org.kaowu.scheduling.documents;

import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The CJK font of every PDF Kaowu writes: Noto Sans SC Regular (SIL Open Font License 1.1), TrueType outlines. The build
 * puts it on the class path as the WOFF 1.0 file of the npm package {@code @openfonts/noto-sans-sc_all} (ejb/pom.xml);
 * {@link #sfnt} unpacks WOFF into the TrueType file it wraps, in memory, and {@link #create} makes an OpenPDF font of it
 * that is embedded (as a subset of the glyphs used, {@code FontFile2}) with Identity-H encoding, so a PDF shows the same
 * characters on any machine, whatever fonts it has.
 */
public final class TicketFont {

    static final String RESOURCE = "NotoSansSC-Regular.woff";
    /** Bounds on what is unpacked: the font file is ours, but a bound costs nothing. */
    private static final int MAX_TABLES = 64;
    private static final long MAX_SFNT = 64L << 20;

    private TicketFont() {
    }

    /** The TrueType bytes of the bundled font (a few MB: read once per node, see {@link DocumentFonts}). */
    public static byte[] load() {
        try (InputStream in = TicketFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the CJK font " + RESOURCE + " is not on the class path: build the ejb"
                        + " module with Maven (it fetches the font, see README)");
            }
            return sfnt(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OpenPDF font of the TrueType bytes: Identity-H, embedded. */
    public static BaseFont create(byte[] ttf) {
        try {
            return BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf,
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The sfnt (TrueType/OpenType) file a WOFF 1.0 file wraps: the header and table directory rebuilt, each table
     * inflated when it was compressed, padded to four bytes (W3C WOFF File Format 1.0, section 5).
     */
    public static byte[] sfnt(byte[] woff) {
        ByteBuffer in = ByteBuffer.wrap(woff);
        if (woff.length < 44 || in.getInt(0) != 0x774F4646) { // 'wOFF'
            throw new IllegalArgumentException("not a WOFF 1.0 file");
        }
        int flavor = in.getInt(4);
        int numTables = Short.toUnsignedInt(in.getShort(12));
        long total = Integer.toUnsignedLong(in.getInt(16));
        if (numTables == 0 || numTables > MAX_TABLES || total > MAX_SFNT || 44L + 20L * numTables > woff.length) {
            throw new IllegalArgumentException("WOFF header out of bounds");
        }
        int[] tag = new int[numTables];
        int[] offset = new int[numTables];
        int[] compLength = new int[numTables];
        int[] origLength = new int[numTables];
        int[] checksum = new int[numTables];
        long sum = 12L + 16L * numTables;
        for (int i = 0; i < numTables; i++) {
            int at = 44 + 20 * i;
            tag[i] = in.getInt(at);
            offset[i] = in.getInt(at + 4);
            compLength[i] = in.getInt(at + 8);
            origLength[i] = in.getInt(at + 12);
            checksum[i] = in.getInt(at + 16);
            if (offset[i] < 0 || compLength[i] < 0 || origLength[i] < 0
                    || (long) offset[i] + compLength[i] > woff.length || compLength[i] > origLength[i]) {
                throw new IllegalArgumentException("WOFF table " + i + " out of bounds");
            }
            sum += (origLength[i] + 3L) & ~3L;
        }
        if (sum > MAX_SFNT) {
            throw new IllegalArgumentException("WOFF unpacks beyond " + MAX_SFNT + " bytes");
        }
        ByteBuffer out = ByteBuffer.allocate((int) sum);
        int entrySelector = 31 - Integer.numberOfLeadingZeros(numTables);
        int searchRange = (1 << entrySelector) * 16;
        out.putInt(flavor).putShort((short) numTables).putShort((short) searchRange).putShort((short) entrySelector)
                .putShort((short) (numTables * 16 - searchRange));
        int data = 12 + 16 * numTables;
        for (int i = 0; i < numTables; i++) {
            out.putInt(12 + 16 * i, tag[i]).putInt(16 + 16 * i, checksum[i]).putInt(20 + 16 * i, data)
                    .putInt(24 + 16 * i, origLength[i]);
            byte[] table = compLength[i] == origLength[i]
                    ? java.util.Arrays.copyOfRange(woff, offset[i], offset[i] + origLength[i])
                    : inflate(woff, offset[i], compLength[i], origLength[i]);
            out.put(data, table);
            data += (origLength[i] + 3) & ~3;
        }
        return out.array();
    }

    private static byte[] inflate(byte[] woff, int offset, int length, int expected) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(woff, offset, length);
            byte[] out = new byte[expected];
            int n = 0;
            while (n < expected && !inflater.finished()) {
                int r = inflater.inflate(out, n, expected - n);
                if (r == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += r;
            }
            if (n != expected) {
                throw new IllegalArgumentException("WOFF table inflates to " + n + " bytes, not " + expected);
            }
            return out;
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("WOFF table is not zlib data", e);
        } finally {
            inflater.end();
        }
    }
}
