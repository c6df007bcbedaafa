package org.kaowu.scheduling;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kaowu.registration.Areas;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Messages;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TicketNumberTemplateTest {

    static final TicketParts PARTS = new TicketParts(2026, "12", "广东省", "3", "17", 5);

    @Test
    void theDefaultWritesEighteenDigitsWithFixedWidths() {
        TicketNumberTemplate t = TicketNumberTemplate.standard();
        assertEquals("2026" + "44" + "012" + "003" + "017" + "005", t.format(PARTS));
        assertEquals(18, t.length());
        assertEquals("2026" + "66" + "999" + "123" + "456" + "400",
                t.format(new TicketParts(2026, "999", "新疆生产建设兵团", "123", "456", 400)));
    }

    @Test
    void widthsAndFixedTextAreTheOfficesToChoose() {
        TicketNumberTemplate t = TicketNumberTemplate.parse(" KW-{year:2}{area}-{site:4}{room:2}{seat:2} ");
        assertEquals("KW-{year:2}{area}-{site:4}{room:2}{seat:2}", t.template());
        // A year written in two digits would need its width: 2026 does not fit 2 and is refused, not cut.
        DomainException e = assertThrows(DomainException.class, () -> t.format(PARTS));
        assertEquals("ticket.part.tooLong", e.key());
        assertEquals("year", e.field());
        assertEquals("准考证号的{year}部分「2026」超过模板规定的2位。请在模板中加大该部分的位数，或缩短该编号。",
                Messages.text(Messages.CHINESE, e.key(), e.args()));
        TicketNumberTemplate wide = TicketNumberTemplate.parse("KW-{year}{area}-{site:4}{room:2}{seat:2}");
        assertEquals("KW-202644-00031705", wide.format(PARTS));
        // Letters are kept (upper-cased), so codes like "7a" work; the default expects digits.
        assertEquals("202644012S7A5", TicketNumberTemplate.parse("{year}{area}{exam}{site:1}{room:2}{seat:1}")
                .format(new TicketParts(2026, "12", "广东省", "s", "7a", 5)));
    }

    @Test
    void aPartLongerThanItsWidthIsNamed() {
        TicketNumberTemplate t = TicketNumberTemplate.standard();
        DomainException seat = assertThrows(DomainException.class,
                () -> t.format(new TicketParts(2026, "12", "广东省", "3", "17", 1000)));
        assertEquals("seat", seat.field());
        assertEquals("The {seat} part of the ticket number, \"1000\", is longer than the 3 characters the template gives it."
                        + " Widen that part in the template or shorten the code.",
                Messages.text(Locale.ENGLISH, seat.key(), seat.args()));
        assertEquals("room", assertThrows(DomainException.class,
                () -> t.format(new TicketParts(2026, "12", "广东省", "3", "1701", 1))).field());
        assertEquals("exam", assertThrows(DomainException.class,
                () -> t.format(new TicketParts(2026, "12 3", "广东省", "3", "17", 1))).field());
        assertEquals("site", assertThrows(DomainException.class,
                () -> t.format(new TicketParts(2026, "12", "广东省", "", "17", 1))).field());
        DomainException area = assertThrows(DomainException.class,
                () -> t.format(new TicketParts(2026, "12", "广州市", "3", "17", 1)));
        assertEquals("ticket.area.unknown", area.key());
        assertEquals(422, area.status());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|ticket.template.empty",
            "{year}{site}{room}{seat|ticket.template.unclosed",
            "{year{site}{room}{seat}|ticket.template.unclosed",
            "{year}}{site}{room}{seat}|ticket.template.unopened",
            "{yr}{site}{room}{seat}|ticket.template.unknownPart",
            "{seat}{site}{room}{seat}|ticket.template.repeated",
            "{site:0}{room}{seat}|ticket.template.width",
            "{site:x}{room}{seat}|ticket.template.width",
            "{site:13}{room}{seat}|ticket.template.width",
            "{area:1}{site}{room}{seat}|ticket.template.width",
            "{site} {room}{seat}|ticket.template.text",
            "{site}准{room}{seat}|ticket.template.text",
            "{year}{area}{exam}{site}{seat}|ticket.template.notUnique",
            "{year}{area}{exam}{room}{seat}|ticket.template.notUnique",
            "{year}{area}{exam}{site}{room}|ticket.template.notUnique",
            "{year:12}{exam:12}{site}{room}{seat}|ticket.template.numberTooLong",
    })
    void malformedTemplatesAreRefusedWithTheReason(String template, String key) {
        DomainException e = assertThrows(DomainException.class, () -> TicketNumberTemplate.parse(template));
        assertEquals(key, e.key());
        assertEquals("invalid-ticket-template", e.type());
        assertEquals("ticketTemplate", e.field());
        assertEquals(400, e.status());
        for (Locale l : new Locale[]{Messages.CHINESE, Locale.ENGLISH}) {
            String text = Messages.text(l, e.key(), e.args());
            assertFalse(text.equals(e.key()) || text.matches("(?s).*\\{[0-9]\\}.*"), l + ": " + text);
        }
    }

    @Test
    void aTooLongTemplateIsRefused() {
        assertEquals("ticket.template.tooLong", assertThrows(DomainException.class,
                () -> TicketNumberTemplate.parse("{site}{room}{seat}" + "-".repeat(100))).key());
        assertEquals("ticket.template.empty", assertThrows(DomainException.class,
                () -> TicketNumberTemplate.parse(null)).key());
    }

    @Test
    void everyAreaHasItsProvinceCode() {
        assertEquals(32, AreaCodes.ALL.size());
        assertEquals(Set.copyOf(Areas.ALL), AreaCodes.ALL.keySet());
        assertEquals(32, new HashSet<>(AreaCodes.ALL.values()).size(), "codes are unique");
        assertTrue(AreaCodes.ALL.values().stream().allMatch(c -> c.matches("[1-6][0-9]")));
        assertEquals("11", AreaCodes.code("北京市"));
        assertEquals("65", AreaCodes.code("新疆维吾尔自治区"));
        assertEquals("66", AreaCodes.code("新疆生产建设兵团"));
        assertEquals("50", AreaCodes.code("重庆市"));
    }
}
