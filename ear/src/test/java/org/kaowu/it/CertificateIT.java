package org.kaowu.it;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.DEMO_PASSWORD;

/**
 * Certificates (issue 14 part F) over HTTP, the whole path: scores imported and published, the post-exam check
 * decided, the public listing with an upheld objection, the CERTIFICATES edge starting the batch; each gate condition
 * refused with its reason; the holder downloads the signed PDF ({@code pdfsig}, a program that is not ours, says it
 * is valid, and invalid after a one-byte edit) and the credential (it verifies with the published keys and fails when
 * a claim is altered); public verification VALID → REVOKED → VALID as the office revokes and reinstates, and as an
 * Art. 10 decision revokes and a quashing review restores; the status list decoded with a plain gzip/base64url reader
 * follows every change. A second test kills a chunk's transaction mid-batch: the batch continues with no number skipped
 * or given twice. Areas: 广东省 and 江西省 (StaffRosterIT keeps its other area there: no certificates, no seats it counts).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificateIT {

    private static final String HEADER = "ticket_number,subject,score,absent\n";
    private static final String JSON = "application/json";

    private static CertificateFixtures.Holder holder(Kaowu.Client office, int year, String area) throws Exception {
        return CertificateFixtures.holder(office, year, area);
    }

    @Test
    void fromScoresToAVerifiedCertificateRevokedAndRestored() throws Exception {
        Kaowu.Client office = Kaowu.session("office", DEMO_PASSWORD);
        Kaowu.Client anyone = Kaowu.anonymous();
        String area = "广东省";
        ResultFixtures.venue(office, area);
        try {
            Instant now = Kaowu.serverNow();
            int year = ResultFixtures.freeYears(office, 2071);
            ResultFixtures.plan(office, year, LocalDateTime.ofInstant(now, ResultFixtures.BEIJING));
            long exam = ResultFixtures.examId(office, year);
            List<CertificateFixtures.Holder> h = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                h.add(holder(office, year, area));
            }
            Map<Long, String> t = ResultFixtures.seated(office, exam, area, now.plusSeconds(3600));
            Kaowu.moveClockTo(ResultFixtures.beijing(year, 9, 11, 9));
            StringBuilder file = new StringBuilder(HEADER);
            for (int i = 0; i < 5; i++) {
                file.append(t.get(h.get(i).registration())).append(",01,90,\n")
                        .append(t.get(h.get(i).registration())).append(",02,").append(i == 1 ? "50" : "88").append(",\n");
            }
            assertEquals(200, office.post("/api/office/results/exams/" + exam + "/import", "text/csv", file.toString()).status());

            // Before the CERTIFICATES phase the office cannot start a batch.
            Kaowu.Response early = office.post("/api/office/certificates/exams/" + exam + "/runs", JSON, "");
            assertEquals(422, early.status(), early.body());
            assertEquals("urn:kaowu:problem:certificates-not-due", early.json().getString("type"));

            // Published: the post-exam check is drawn from the four who passed; the office decides every task of it,
            // adding the others as targeted cases: the fifth candidate does not meet the conditions.
            Kaowu.moveClockTo(ResultFixtures.beijing(year, 11, 30, 9));
            JsonObject campaign = office.get("/api/office/verification/campaigns?size=200").array().getValuesAs(JsonObject.class)
                    .stream().filter(c -> c.getJsonNumber("examId").longValue() == exam && c.getString("mode").equals("POST_EXAM"))
                    .findFirst().orElseThrow();
            long campaignId = campaign.getJsonNumber("id").longValue();
            List<Long> drawn = tasks(office, campaignId).stream().map(x -> x.getJsonNumber("registrationId").longValue()).toList();
            for (int i : new int[]{0, 2, 3, 4}) {
                if (!drawn.contains(h.get(i).registration())) {
                    assertEquals(201, office.post("/api/office/verification/campaigns/" + campaignId + "/targets", JSON,
                            "{\"registrationId\":" + h.get(i).registration() + ",\"reason\":\"REPORTED\",\"note\":\"抽查\"}").status());
                }
            }
            for (JsonObject task : tasks(office, campaignId)) {
                boolean fifth = task.getJsonNumber("registrationId").longValue() == h.get(4).registration();
                Kaowu.Response d = office.post("/api/office/verification/tasks/" + task.getJsonNumber("id") + "/decision", JSON,
                        "{\"outcome\":\"" + (fifth ? "NOT_MET" : "CONFIRMED") + "\",\"evidence\":\""
                                + (fifth ? "工作年限不足" : "学历经学信网核验属实") + "\"}");
                assertEquals(200, d.status(), d.body());
            }

            // The listing: an objection to the third candidate is upheld.
            JsonArray entries = office.get("/api/office/listings/" + exam + "/entries").array();
            long entry = entries.getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getJsonNumber("registrationId").longValue() == h.get(2).registration()).findFirst()
                    .orElseThrow().getJsonNumber("id").longValue();
            Kaowu.Response lodged = anyone.post("/api/public/listings/" + entry + "/objections", JSON,
                    "{\"name\":\"李四\",\"contact\":\"13900001111\",\"grounds\":\"该考生学历证书存疑。\"}");
            assertEquals(201, lodged.status(), lodged.body());
            assertEquals(200, office.post("/api/office/listings/objections/" + lodged.json().getJsonNumber("id") + "/resolution",
                    JSON, "{\"outcome\":\"UPHELD\",\"reason\":\"经核实学历不符\"}").status());

            // The CERTIFICATES edge starts the batch; it completes with its counts.
            Kaowu.moveClockTo(ResultFixtures.beijing(year, 12, 15, 9));
            JsonObject run = awaitRun(office, exam);
            assertEquals("COMPLETED", run.getString("state"), run.toString());
            assertEquals(5, run.getInt("candidates"));
            assertEquals(100, run.getInt("percent"));
            assertEquals(2, run.getInt("issued"), run.toString());
            assertEquals(3, run.getInt("refused"), run.toString());
            Kaowu.Response again = office.post("/api/office/certificates/exams/" + exam + "/runs", JSON, "");
            assertEquals(202, again.status(), "the office may run the batch again: " + again.body());
            JsonObject rerun = awaitRun(office, exam);
            assertEquals(2, rerun.getInt("issued"), "nothing issued twice: " + rerun);

            // Every refusal names its reason.
            Map<Long, JsonObject> verdicts = new HashMap<>();
            for (JsonObject v : office.get("/api/office/certificates/exams/" + exam + "/verdicts").array().getValuesAs(JsonObject.class)) {
                verdicts.put(v.getJsonNumber("registration").longValue(), v);
            }
            assertEquals("ISSUE", verdicts.get(h.get(0).registration()).getString("decision"));
            assertEquals("ISSUE", verdicts.get(h.get(3).registration()).getString("decision"));
            JsonObject failed = verdicts.get(h.get(1).registration());
            assertEquals("REFUSE", failed.getString("decision"));
            assertTrue(failed.getJsonArray("codes").toString().contains("STANDING_INCOMPLETE"), failed.toString());
            assertTrue(failed.getJsonArray("reasons").toString().contains(ResultFixtures.SUBJECT_02),
                    "the missing subject named: " + failed);
            JsonObject withheld = verdicts.get(h.get(2).registration());
            assertEquals(List.of("LISTING_WITHHELD"), codes(withheld), withheld.toString());
            JsonObject notMet = verdicts.get(h.get(4).registration());
            assertTrue(codes(notMet).contains("CHECK_NOT_MET"), notMet.toString());
            assertTrue(codes(notMet).contains("STANDING_INCOMPLETE"), "the void sitting counts for nothing: " + notMet);
            assertTrue(h.get(1).client().get("/api/certificates").array().isEmpty());

            // The holder's certificate: numbered in the area's series, a random code, an annotation of 90 days; told.
            JsonObject mine = h.get(0).client().get("/api/certificates").array().getJsonObject(0);
            assertEquals("VALID", mine.getString("status"));
            assertTrue(mine.getString("qualification").contains("经济专业技术资格"), mine.toString());
            assertTrue(mine.getString("number").startsWith(year + "44"), "year and the area's code (广东 44): " + mine);
            assertEquals(year + "-12-15", mine.getString("annotationFrom"));
            assertEquals(java.time.LocalDate.of(year, 12, 15).plusDays(89).toString(), mine.getString("annotationUntil"),
                    "90 days, both ends included");
            assertTrue(h.get(0).client().get("/api/registrations/notifications").body().contains(mine.getString("number")));
            long id = mine.getJsonNumber("id").longValue();
            String code = mine.getString("verificationUrl").replaceAll(".*code=", "");
            assertEquals(16, code.length(), code);
            assertEquals(404, h.get(3).client().get("/api/certificates/" + id + "/certificate.pdf").status(),
                    "another holder's certificate is not found");

            // The signed PDF: pdfsig (poppler) says valid; a one-byte edit breaks it.
            byte[] pdf = download(h.get(0), "/api/certificates/" + id + "/certificate.pdf");
            assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
            pdfsig(pdf, true);
            byte[] edited = pdf.clone();
            int at = new String(pdf, StandardCharsets.ISO_8859_1).indexOf("/Producer");
            edited[at > 0 ? at + 2 : pdf.length / 3] ^= 0x01;
            pdfsig(edited, false);

            // The credential verifies with the published keys, and fails when a claim is altered.
            String vc = new String(download(h.get(0), "/api/certificates/" + id + "/credential"), StandardCharsets.US_ASCII);
            Kaowu.Response keys = anyone.get("/api/public/keys");
            assertEquals(200, keys.status(), keys.body());
            JWKSet set = JWKSet.parse(keys.body());
            JWSObject jws = JWSObject.parse(vc);
            ECKey key = (ECKey) set.getKeyByKeyId(jws.getHeader().getKeyID());
            assertNotNull(key, "the credential's key is published");
            assertFalse(key.isPrivate(), "only the public key is published");
            assertTrue(jws.verify(new ECDSAVerifier(key)), "the credential verifies with the published key");
            JsonObject claims = Json.createReader(new StringReader(jws.getPayload().toString())).readObject();
            assertEquals(mine.getString("number"), claims.getJsonObject("credentialSubject").getString("certificateNumber"));
            String[] parts = vc.split("\\.");
            String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(jws.getPayload().toString()
                    .replace(mine.getString("number"), mine.getString("number").replaceAll(".$", "9")).getBytes(StandardCharsets.UTF_8));
            assertFalse(JWSObject.parse(parts[0] + "." + forged + "." + parts[2]).verify(new ECDSAVerifier(key)),
                    "an altered claim fails");
            JsonObject status = claims.getJsonObject("credentialStatus");
            int index = Integer.parseInt(status.getString("statusListIndex"));
            String listUrl = status.getString("statusListCredential");
            assertFalse(revokedInList(anyone, listUrl, index, set));

            // Public verification: VALID by code, by number and name; a wrong name finds nothing.
            JsonObject valid = anyone.get("/api/verify?code=" + code).json();
            assertEquals("VALID", valid.getString("result"), valid.toString());
            assertEquals("张**", valid.getString("holder"), "the name masked");
            assertFalse(valid.toString().contains(h.get(0).client().get("/api/profile").json().getString("idNumber")),
                    "the ID number masked");
            assertEquals("VALID", anyone.get("/api/verify?number=" + mine.getString("number") + "&name="
                    + java.net.URLEncoder.encode("张建国", StandardCharsets.UTF_8)).json().getString("result"));
            assertEquals("NOT_FOUND", anyone.get("/api/verify?number=" + mine.getString("number") + "&name="
                    + java.net.URLEncoder.encode("李四", StandardCharsets.UTF_8)).json().getString("result"));

            // The office revokes it with a reason: at once in the API, the status list and the holder's downloads.
            Kaowu.Response noReason = office.post("/api/office/certificates/" + id + "/revocation", JSON, "{\"reason\":\" \"}");
            assertEquals(422, noReason.status(), noReason.body());
            assertEquals("urn:kaowu:problem:reason-required", noReason.json().getString("type"));
            assertEquals("VALID", anyone.get("/api/verify?code=" + code).json().getString("result"), "nothing changed");
            JsonObject revoked = office.post("/api/office/certificates/" + id + "/revocation", JSON,
                    "{\"reason\":\"持证人出借证书，经查属实\"}").json();
            assertEquals("REVOKED", revoked.getJsonObject("certificate").getString("status"));
            assertEquals(409, office.post("/api/office/certificates/" + id + "/revocation", JSON, "{\"reason\":\"再次\"}").status());
            JsonObject seen = anyone.get("/api/verify?code=" + code).json();
            assertEquals("REVOKED", seen.getString("result"));
            assertEquals("持证人出借证书，经查属实", seen.getString("revokedReason"));
            assertFalse(seen.isNull("revokedAt"));
            assertTrue(revokedInList(anyone, listUrl, index, set), "the status list shows it revoked");
            Kaowu.Response refused = h.get(0).client().get("/api/certificates/" + id + "/certificate.pdf");
            assertEquals(409, refused.status());
            assertEquals("urn:kaowu:problem:certificate-revoked", refused.json().getString("type"));
            assertTrue(h.get(0).client().get("/api/registrations/notifications").body().contains("持证人出借证书"));
            String audit = Kaowu.session("admin", DEMO_PASSWORD).get("/api/admin/audit?action=certificate.revoke").body();
            assertTrue(audit.contains("持证人出借证书，经查属实"), audit);

            // Reinstated (the review quashed the revocation): valid again everywhere.
            JsonObject back = office.post("/api/office/certificates/" + id + "/reinstatement", JSON,
                    "{\"reason\":\"行政复议撤销注销决定\"}").json();
            assertEquals("VALID", back.getJsonObject("certificate").getString("status"));
            assertEquals(List.of("REVOKED", "VALID"), back.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                    .map(o -> o.getString("status")).toList());
            assertEquals("VALID", anyone.get("/api/verify?code=" + code).json().getString("result"));
            assertFalse(revokedInList(anyone, listUrl, index, set));

            // An Art. 10 decision on the fourth holder's sitting revokes that certificate; a quashing review restores it.
            JsonObject fourth = h.get(3).client().get("/api/certificates").array().getJsonObject(0);
            String code4 = fourth.getString("verificationUrl").replaceAll(".*code=", "");
            Kaowu.Client admin = Kaowu.as("admin", DEMO_PASSWORD);
            assertEquals(200, admin.post("/api/admin/test/conduct/fraud", JSON, "{\"registrationId\":" + h.get(3).registration()
                    + ",\"taskId\":" + (System.nanoTime() % 1_000_000_000L) + ",\"evidence\":\"伪造学历证书\"}").status());
            long caseId = h.get(3).client().get("/api/cases").array().getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getInt("article") == 10).findFirst().orElseThrow().getJsonNumber("id").longValue();
            String lastDay = office.post("/api/office/cases/" + caseId + "/notice", JSON, "{}").json().getString("lastDefenceDay");
            Kaowu.moveClockTo(java.time.LocalDate.parse(lastDay).plusDays(1).atTime(9, 0).atZone(ResultFixtures.BEIJING).toInstant());
            JsonObject decided = office.post("/api/office/cases/" + caseId + "/decision", JSON,
                    "{\"reasons\":\"以伪造学历证书取得报名资格，依第十条处理\"}").json();
            assertEquals("DECIDED", decided.getString("status"), decided.toString());
            JsonObject byCase = anyone.get("/api/verify?code=" + code4).json();
            assertEquals("REVOKED", byCase.getString("result"), byCase.toString());

            // Verifications that arrive together are read together: each still gets its own answer.
            String name = java.net.URLEncoder.encode("张建国", StandardCharsets.UTF_8);
            List<String[]> asked = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                asked.add(new String[]{"?code=" + code, "VALID", mine.getString("number")});
                asked.add(new String[]{"?code=" + code4, "REVOKED", fourth.getString("number")});
                asked.add(new String[]{"?code=ZZZZ-ZZZZ-ZZZZ-ZZZZ", "NOT_FOUND", null});
                asked.add(new String[]{"?number=" + mine.getString("number") + "&name=" + name, "VALID", mine.getString("number")});
                asked.add(new String[]{"?number=" + mine.getString("number") + "&name="
                        + java.net.URLEncoder.encode("李四", StandardCharsets.UTF_8), "NOT_FOUND", null});
            }
            java.util.concurrent.ExecutorService burst = java.util.concurrent.Executors.newFixedThreadPool(24);
            try {
                List<java.util.concurrent.Future<JsonObject>> answers = new ArrayList<>();
                for (String[] a : asked) {
                    answers.add(burst.submit(() -> anyone.get("/api/verify" + a[0], VerifyIT.EXEMPT_HEADER,
                            VerifyIT.EXEMPT_TOKEN).json()));
                }
                for (int i = 0; i < asked.size(); i++) {
                    JsonObject got = answers.get(i).get(30, TimeUnit.SECONDS);
                    assertEquals(asked.get(i)[1], got.getString("result"), asked.get(i)[0] + " → " + got);
                    assertEquals(asked.get(i)[2], got.containsKey("number") ? got.getString("number") : null, got.toString());
                }
            } finally {
                burst.shutdownNow();
            }
            long appeal = office.post("/api/office/cases/" + caseId + "/appeals", JSON,
                    "{\"kind\":\"REVIEW\",\"note\":\"当事人申请行政复议\"}").json().getJsonArray("appeals").getJsonObject(0)
                    .getJsonNumber("id").longValue();
            JsonObject quashed = office.post("/api/office/cases/" + caseId + "/appeals/" + appeal + "/outcome", JSON,
                    "{\"outcome\":\"QUASHED\",\"reason\":\"复议决定：学历证书经核实为真，撤销原决定\"}").json();
            assertEquals("QUASHED", quashed.getString("status"), quashed.toString());
            assertEquals("VALID", anyone.get("/api/verify?code=" + code4).json().getString("result"),
                    "the quashing review restores the certificate");
            JsonObject history = office.get("/api/office/certificates/" + fourth.getJsonNumber("id")).json();
            assertEquals(List.of("CASE", "APPEAL"), history.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                    .map(o -> o.getString("source")).toList(), history.toString());

            // The annotation lapses after 90 days: no download until renewed.
            Kaowu.moveClockTo(ResultFixtures.beijing(year + 1, 3, 16, 9));
            Kaowu.Response lapsed = h.get(0).client().get("/api/certificates/" + id + "/credential");
            assertEquals(409, lapsed.status(), lapsed.body());
            assertEquals("urn:kaowu:problem:annotation-lapsed", lapsed.json().getString("type"));
            JsonObject renewed = h.get(0).client().post("/api/certificates/" + id + "/annotation", JSON, "{}").json();
            assertEquals(year + 1 + "-03-16", renewed.getString("annotationFrom"), renewed.toString());
            assertEquals(200, h.get(0).client().get("/api/certificates/" + id + "/credential").status());
        } finally {
            Kaowu.resetClock();
        }
    }

    @Test
    void aChunkKilledMidBatchIsTakenUpWithoutAGapOrADuplicate() throws Exception {
        Kaowu.Client office = Kaowu.session("office", DEMO_PASSWORD);
        Kaowu.Client admin = Kaowu.as("admin", DEMO_PASSWORD);
        String area = "江西省";
        ResultFixtures.venue(office, area);
        try {
            Instant now = Kaowu.serverNow();
            int year = ResultFixtures.freeYears(office, 2074);
            ResultFixtures.plan(office, year, LocalDateTime.ofInstant(now, ResultFixtures.BEIJING));
            long exam = ResultFixtures.examId(office, year);
            List<CertificateFixtures.Holder> h = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                h.add(holder(office, year, area));
            }
            Map<Long, String> t = ResultFixtures.seated(office, exam, area, now.plusSeconds(3600));
            Kaowu.moveClockTo(ResultFixtures.beijing(year, 9, 11, 9));
            StringBuilder file = new StringBuilder(HEADER);
            for (CertificateFixtures.Holder x : h) {
                file.append(t.get(x.registration())).append(",01,90,\n").append(t.get(x.registration())).append(",02,90,\n");
            }
            assertEquals(200, office.post("/api/office/results/exams/" + exam + "/import", "text/csv", file.toString()).status());
            Kaowu.moveClockTo(ResultFixtures.beijing(year, 11, 30, 9));
            long campaignId = office.get("/api/office/verification/campaigns?size=200").array().getValuesAs(JsonObject.class)
                    .stream().filter(c -> c.getJsonNumber("examId").longValue() == exam && c.getString("mode").equals("POST_EXAM"))
                    .findFirst().orElseThrow().getJsonNumber("id").longValue();
            for (JsonObject task : tasks(office, campaignId)) {
                assertEquals(200, office.post("/api/office/verification/tasks/" + task.getJsonNumber("id") + "/decision", JSON,
                        "{\"outcome\":\"CONFIRMED\",\"evidence\":\"属实\"}").status());
            }

            // Chunks of one sitting; the second chunk's transaction dies after its certificate was written.
            Kaowu.Response armed = admin.post("/api/admin/test/certificates/fault", JSON,
                    "{\"exam\":" + exam + ",\"chunkSize\":1,\"crashAtChunk\":2}");
            assertEquals(200, armed.status(), armed.body());
            try {
                Kaowu.moveClockTo(ResultFixtures.beijing(year, 12, 15, 9));
                JsonObject cut = awaitCut(office, exam);
                assertEquals("RUNNING", cut.getString("state"), "cut off, not failed: " + cut);
                assertEquals(1, cut.getInt("done"), "only the first chunk committed: " + cut);
                assertEquals(1, cut.getInt("issued"));
                long issuedBefore = h.stream().filter(x -> !x.client().get("/api/certificates").array().isEmpty()).count();
                assertEquals(1, issuedBefore, "the killed chunk left no certificate");

                assertEquals(202, admin.post("/api/admin/test/certificates/runs/" + cut.getJsonNumber("id") + "/resume",
                        JSON, "").status());
                JsonObject done = awaitRun(office, exam);
                assertEquals("COMPLETED", done.getString("state"), done.toString());
                assertEquals(4, done.getInt("issued"), done.toString());
                assertEquals(4, done.getInt("done"));
            } finally {
                admin.post("/api/admin/test/certificates/disarm", JSON, "");
            }
            List<String> numbers = new ArrayList<>();
            for (CertificateFixtures.Holder x : h) {
                JsonArray own = x.client().get("/api/certificates").array();
                assertEquals(1, own.size(), "one certificate each: " + own);
                numbers.add(own.getJsonObject(0).getString("number"));
            }
            List<String> serials = numbers.stream().map(n -> n.substring(n.length() - 6)).sorted().toList();
            assertEquals(List.of("000001", "000002", "000003", "000004"), serials,
                    "the area's series without a gap or a duplicate: " + numbers);
        } finally {
            Kaowu.resetClock();
        }
    }

    private static List<String> codes(JsonObject verdict) {
        return verdict.getJsonArray("codes").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private static List<JsonObject> tasks(Kaowu.Client office, long campaign) {
        return CertificateFixtures.tasks(office, campaign);
    }

    private static JsonObject awaitRun(Kaowu.Client office, long exam) throws InterruptedException {
        return CertificateFixtures.awaitRun(office, exam);
    }

    /** Waits for the killed chunk: the batch RUNNING with its first chunk done and no job left running it. */
    private static JsonObject awaitCut(Kaowu.Client office, long exam) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        JsonObject last = null;
        int stable = 0;
        while (true) {
            JsonArray runs = office.get("/api/office/certificates/exams/" + exam + "/runs").array();
            JsonObject latest = runs.isEmpty() ? null : runs.getJsonObject(0);
            if (latest != null && latest.getInt("done") >= 1) {
                stable = latest.equals(last) ? stable + 1 : 0;
                if (stable >= 10) {
                    return latest;
                }
            }
            last = latest;
            assertTrue(System.nanoTime() < end, "no cut-off batch: " + runs);
            Thread.sleep(200);
        }
    }

    private static byte[] download(CertificateFixtures.Holder h, String path) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(Kaowu.BASE + path)).GET()
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (h.username() + ":" + RegistrationFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<byte[]> res = HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, res.statusCode(), new String(res.body(), StandardCharsets.UTF_8));
        return res.body();
    }

    /** poppler's pdfsig on the file: valid or not. Skipped where pdfsig is missing, unless CI requires it. */
    private static void pdfsig(byte[] pdf, boolean valid) throws Exception {
        boolean present = Files.isExecutable(Path.of("/usr/bin/pdfsig"));
        if (!present) {
            assertFalse(Boolean.getBoolean("kaowu.require.pdfsig"), "pdfsig (poppler-utils) is required here");
            return;
        }
        Path file = Files.createTempFile("certificate", ".pdf");
        try {
            Files.write(file, pdf);
            Process p = new ProcessBuilder("/usr/bin/pdfsig", file.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            if (valid) {
                assertTrue(out.contains("Signature Validation: Signature is Valid."), out);
            } else {
                assertFalse(out.contains("Signature Validation: Signature is Valid."), out);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Reads the status list as any verifier would: the signed list from its URL (checked with the published keys),
     * its encodedList decoded with a plain base64url and gzip reader, the bit at the index (first bit the highest of
     * the first byte).
     */
    private static boolean revokedInList(Kaowu.Client anyone, String listUrl, int index, JWKSet keys) throws Exception {
        String path = URI.create(listUrl).getPath();
        Kaowu.Response list = anyone.get(path);
        assertEquals(200, list.status(), list.body());
        assertTrue(list.headers().firstValue("Cache-Control").orElse("").contains("max-age"), "cache headers");
        JWSObject jws = JWSObject.parse(list.body().strip());
        assertTrue(jws.verify(new ECDSAVerifier((ECKey) keys.getKeyByKeyId(jws.getHeader().getKeyID()))), "the list is signed");
        JsonObject vc = Json.createReader(new StringReader(jws.getPayload().toString())).readObject();
        String encoded = vc.getJsonObject("credentialSubject").getString("encodedList");
        byte[] gz = Base64.getUrlDecoder().decode(encoded.startsWith("u") ? encoded.substring(1) : encoded);
        byte[] bits;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            bits = in.readAllBytes();
        }
        assertTrue(bits.length * 8 >= 131_072, "at least 131,072 entries: " + bits.length * 8);
        return (bits[index / 8] & (0x80 >> (index % 8))) != 0;
    }
}
