package org.kaowu.it;

import jakarta.json.Json;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kaowu.it.Kaowu.DEMO_PASSWORD;
import static org.kaowu.it.Kaowu.as;

/** What the registration tests share: the 2040 plan, candidates with complete profiles, request bodies. */
public final class RegistrationFixtures {

    public static final int YEAR = 2040;
    public static final String PASSWORD = "candidate-pass-1";

    private RegistrationFixtures() {
    }

    /** The 2040 plan: 一级建造师 with registration open around today, 经济 中级 with registration long closed. */
    public static synchronized void plan() {
        Kaowu.Client office = as("office", DEMO_PASSWORD);
        if (office.get("/api/plans/" + YEAR).status() == 200) {
            return;
        }
        assertEquals(201, office.post("/api/plans", "application/json",
                "{\"year\":2040,\"title\":\"2040年度考试工作计划\",\"authority\":\"某省人事考试中心\"}").status());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String builder = """
                {"code":"YJ","qualification":"一级建造师","levels":["一级"],
                 "windows":{"registrationOpens":"%s","registrationCloses":"%s","withdrawalDeadline":"%s",
                  "verificationDeadline":"2040-08-31","ticketsOpen":"2040-09-01","ticketsClose":"2040-09-10",
                  "examStart":"2040-09-08","examEnd":"2040-09-10","scoreRelease":"2040-11-30","certificatesFrom":"2041-01-15"},
                 "subjects":[{"level":"一级","code":"1Z101","name":"建设工程经济","durationMinutes":120,"fullMarks":100,"passMark":60,"fee":68},
                             {"level":"一级","code":"1Z102","name":"建设工程项目管理","durationMinutes":180,"fullMarks":130,"passMark":78,"fee":68}],
                 "sessions":[{"level":"一级","subjectCode":"1Z101","date":"2040-09-08","start":"09:00","end":"11:00"},
                             {"level":"一级","subjectCode":"1Z102","date":"2040-09-08","start":"14:00","end":"17:00"}]}
                """.formatted(today.minusDays(1), today.plusDays(60), today.plusDays(50));
        Kaowu.Response yj = office.put("/api/plans/" + YEAR + "/exams/YJ", builder);
        assertEquals(201, yj.status(), yj.body());
        String closed = builder.replace("\"code\":\"YJ\"", "\"code\":\"YJ2\"")
                .replace("\"registrationOpens\":\"" + today.minusDays(1), "\"registrationOpens\":\"2025-01-01")
                .replace("\"registrationCloses\":\"" + today.plusDays(60), "\"registrationCloses\":\"2025-02-01")
                .replace("\"withdrawalDeadline\":\"" + today.plusDays(50), "\"withdrawalDeadline\":\"2025-02-01");
        Kaowu.Response yj2 = office.put("/api/plans/" + YEAR + "/exams/YJ2", closed);
        assertEquals(201, yj2.status(), yj2.body());
        String economist = builder.replace("\"code\":\"YJ\",\"qualification\":\"一级建造师\",\"levels\":[\"一级\"]",
                "\"code\":\"JJ\",\"qualification\":\"经济专业技术资格\",\"levels\":[\"中级\"]").replace("\"一级\"", "\"中级\"");
        Kaowu.Response jj = office.put("/api/plans/" + YEAR + "/exams/JJ", economist);
        assertEquals(201, jj.status(), jj.body());
        assertEquals(200, office.post("/api/plans/" + YEAR + "/publish", "application/json", "").status());
    }

    /** A valid resident identity number (GB 11643) of someone born in the 1980s, never the same twice. */
    public static String idNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String body = "110105" + LocalDate.of(1980, 1, 1).plusDays(r.nextInt(3650)).toString().replace("-", "")
                + String.format("%03d", r.nextInt(1000));
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    public static String profile(String idNumber) {
        return """
                {"realName":"张建国","idType":"RESIDENT_ID","idNumber":"%s","mobile":"13812345678","email":"zjg@example.cn",
                 "education":"BACHELOR","school":"同济大学","major":"土木工程","graduationDate":"2012-07-01",
                 "work":[{"employer":"中建某局","from":"2012-07-15","field":"建设工程项目施工管理"},
                         {"employer":"某设计院","from":"2010-07-01","to":"2011-06-30","field":"实习"}]}
                """.formatted(idNumber);
    }

    public static byte[] jpeg(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpeg", out);
        return out.toByteArray();
    }

    /**
     * A real one-page PDF (catalogue, page tree, a page with a drawn line, a cross-reference table with the right
     * offsets): what PDFBox reads as a document, as the upload rules require.
     */
    public static byte[] pdf() {
        String content = "0 0 m 200 200 l S\n";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "endstream"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** The candidate registers for 经济专业技术资格 中级 (subject 01, on the commitment path) of that year in that area. */
    public static long registerJj(Kaowu.Client c, int year, String area) {
        String body = registration(year, "JJ", "中级", "COMMITMENT", notice(c, year, "JJ", "中级"), "OTHER")
                .replace("[\"1Z101\",\"1Z102\"]", "[\"01\"]").replace("北京市", area);
        Kaowu.Response r = c.post("/api/registrations", "application/json", body);
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    /** The office records a counter payment of the registration. */
    public static void pay(Kaowu.Client office, long registration) {
        Kaowu.Response r = office.post("/api/office/registrations/" + registration + "/payment", "application/json",
                "{\"reference\":\"柜台收据 " + registration + "\"}");
        assertEquals("PAID", r.json().getString("payment"), r.body());
    }

    /** A new candidate with a complete profile and photo, signed in once. */
    public static Kaowu.Client candidate() throws IOException {
        Kaowu.Client c = Kaowu.session(Kaowu.newCandidate(PASSWORD), PASSWORD);
        Kaowu.Response p = c.put("/api/profile", profile(idNumber()));
        assertEquals(200, p.status(), p.body());
        assertEquals(200, c.putBytes("/api/profile/photo", "image/jpeg", jpeg(358, 441)).status());
        return c;
    }

    public static String notice(Kaowu.Client c) {
        return notice(c, YEAR, "YJ", "一级");
    }

    public static String notice(Kaowu.Client c, int year, String exam, String level) {
        Kaowu.Response n = c.get("/api/registrations/notice?year=" + year + "&exam=" + exam + "&level="
                + java.net.URLEncoder.encode(level, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, n.status(), n.body());
        return n.json().getString("sha256");
    }

    public static String registration(String exam, String path, String sha, String major) {
        return registration(YEAR, exam, exam.startsWith("JJ") ? "中级" : "一级", path, sha, major);
    }

    public static String registration(int year, String exam, String level, String path, String sha, String major) {
        return Json.createObjectBuilder().add("year", year).add("examCode", exam).add("level", level).add("area", "北京市")
                .add("subjects", Json.createArrayBuilder().add("1Z101").add("1Z102")).add("path", path).add("major", major)
                .add("fieldWork", Json.createArrayBuilder().add(0)).add("noticeSha256", sha == null ? "" : sha).build().toString();
    }


    private static final java.time.format.DateTimeFormatter SECONDS =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    /**
     * A published plan of the caller's own, in the first free year from {@code fromYear}, with the exam JJ 中级 (one
     * paper on 09-08 of that year): registration open since a day before {@code now} and closing (with the withdrawal
     * deadline) at {@code closes}; tickets open at {@code ticketsOpen}, or on 09-01 when null. Answers the year.
     */
    public static int ownJjPlan(Kaowu.Client office, int fromYear, String title, java.time.LocalDateTime now,
                                java.time.LocalDateTime closes, java.time.LocalDateTime ticketsOpen) {
        int year = fromYear;
        while (office.get("/api/plans/" + year).status() == 200) {
            year++;
        }
        assertEquals(201, office.post("/api/plans", "application/json",
                "{\"year\":" + year + ",\"title\":\"" + title + "\",\"authority\":\"某省人事考试中心\"}").status());
        String exam = """
                {"code":"JJ","qualification":"经济专业技术资格","levels":["中级"],
                 "windows":{"registrationOpens":"%2$s","registrationCloses":"%3$s","withdrawalDeadline":"%3$s",
                  "verificationDeadline":"%1$d-08-31","ticketsOpen":"%4$s","ticketsClose":"%1$d-09-10",
                  "examStart":"%1$d-09-08","examEnd":"%1$d-09-10","scoreRelease":"%1$d-11-30","certificatesFrom":"%1$d-12-15"},
                 "subjects":[{"level":"中级","code":"01","name":"经济基础知识","durationMinutes":150,"fullMarks":140,"passMark":84,"fee":56.5}],
                 "sessions":[{"level":"中级","subjectCode":"01","date":"%1$d-09-08","start":"09:00","end":"11:30"}]}
                """.formatted(year, now.minusDays(1).format(SECONDS), closes.format(SECONDS),
                ticketsOpen == null ? year + "-09-01" : ticketsOpen.format(SECONDS));
        Kaowu.Response added = office.put("/api/plans/" + year + "/exams/JJ", exam);
        assertEquals(201, added.status(), added.body());
        assertEquals(200, office.post("/api/plans/" + year + "/publish", "application/json", "").status());
        return year;
    }
}
