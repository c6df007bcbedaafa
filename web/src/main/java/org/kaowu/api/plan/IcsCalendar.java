package org.kaowu.api.plan;

import org.kaowu.plan.AnnualPlan;
import org.kaowu.plan.Exam;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.Messages;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** RFC 5545 text for a plan: sessions as timed events, window edges as moments, all in UTC. */
final class IcsCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private IcsCalendar() {
    }

    static String of(AnnualPlan plan, Instant now) {
        StringBuilder s = new StringBuilder();
        line(s, "BEGIN:VCALENDAR");
        line(s, "VERSION:2.0");
        line(s, "PRODID:-//Kaowu//Exam calendar//ZH");
        line(s, "X-WR-CALNAME:" + escape(plan.getTitle()));
        String stamp = UTC.format(now);
        for (Exam exam : plan.getExams()) {
            String name = exam.getCatalogueName() + (exam.getLevels().isEmpty() ? "" : " " + String.join("/", exam.getLevels()));
            int n = 0;
            for (var session : exam.sessionData()) {
                Instant start = session.date().atTime(session.start()).atZone(AuthorityClock.ZONE).toInstant();
                Instant end = session.date().atTime(session.end()).atZone(AuthorityClock.ZONE).toInstant();
                event(s, plan.getYear() + "-" + exam.getCode() + "-s" + (n++), stamp, start, end,
                        name + " · " + session.subjectCode());
            }
            exam.timeline().moments().forEach((edge, at) -> event(s, plan.getYear() + "-" + exam.getCode() + "-" + edge,
                    stamp, at, at, name + " · " + Messages.text(Messages.CHINESE, "plan.edge." + edge)));
        }
        line(s, "END:VCALENDAR");
        return s.toString();
    }

    private static void event(StringBuilder s, String uid, String stamp, Instant start, Instant end, String summary) {
        line(s, "BEGIN:VEVENT");
        line(s, "UID:" + uid + "@kaowu");
        line(s, "DTSTAMP:" + stamp);
        line(s, "DTSTART:" + UTC.format(start));
        line(s, "DTEND:" + UTC.format(end));
        line(s, "SUMMARY:" + escape(summary));
        line(s, "END:VEVENT");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Lines end in CRLF and fold at 75 octets (RFC 5545 §3.1). */
    private static void line(StringBuilder s, String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int start = 0;
        boolean first = true;
        while (start < bytes.length) {
            int limit = first ? 75 : 74;
            int end = Math.min(bytes.length, start + limit);
            while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
                end--;
            }
            if (!first) {
                s.append(' ');
            }
            s.append(new String(bytes, start, end - start, java.nio.charset.StandardCharsets.UTF_8)).append("\r\n");
            start = end;
            first = false;
        }
    }
}
