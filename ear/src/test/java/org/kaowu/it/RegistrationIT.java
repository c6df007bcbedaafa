package org.kaowu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.DEMO_PASSWORD;
import static org.kaowu.it.Kaowu.as;
import static org.kaowu.it.RegistrationFixtures.*;

/**
 * Registration under the commitment system: the profile and its hostile inputs, the window, eligibility in plain
 * words, the signed notice, one registration per exam even under 200 parallel submissions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationIT {



    @Test
    void aCommitmentIsSignedWithItsNoticeDigestAndTheRegistrationIsExplained() throws IOException {
        plan();
        Kaowu.Client c = candidate();
        Kaowu.Response notice = c.get("/api/registrations/notice?year=" + YEAR + "&exam=YJ&level=%E4%B8%80%E7%BA%A7");
        assertTrue(notice.json().getString("text").contains("人力资源社会保障部令第31号"));
        String sha = notice.json().getString("sha256");

        Kaowu.Response verdict = c.post("/api/registrations/eligibility", "application/json", registration("YJ", "COMMITMENT", sha, "RELATED"));
        assertEquals(200, verdict.status(), verdict.body());
        assertTrue(verdict.json().getBoolean("eligible"));
        assertTrue(verdict.json().getString("explanation").startsWith("符合报考条件：大学本科及以上学历"), verdict.body());
        // 一级建造师 counts a full-time graduate's years from graduation (issue 9, item 17); the profile does not say.
        assertTrue(verdict.json().getString("explanation").contains("已按全日制计算"), verdict.body());
        JsonObject me = c.get("/api/profile").json();
        assertTrue(!me.containsKey("fullTime") || me.isNull("fullTime"), "not stated: " + me);
        Kaowu.Response partTime = c.put("/api/profile", profile(me.getString("idNumber"))
                .replace("\"education\":", "\"fullTime\":false,\"education\":"));
        assertEquals(200, partTime.status(), partTime.body());
        assertFalse(partTime.json().getBoolean("fullTime"), partTime.body());
        Kaowu.Response counted = c.post("/api/registrations/eligibility", "application/json", registration("YJ", "COMMITMENT", sha, "RELATED"));
        assertFalse(counted.json().getString("explanation").contains("全日制"), "part-time study: all work counts: " + counted.body());
        Kaowu.Response otherMajor = c.post("/api/registrations/eligibility", "application/json", registration("YJ", "COMMITMENT", sha, "OTHER"));
        assertFalse(otherMajor.json().getBoolean("eligible"));
        assertTrue(otherMajor.json().getString("explanation").contains("本专业或相关专业"), otherMajor.body());

        Kaowu.Response unsigned = c.post("/api/registrations", "application/json", registration("YJ", "COMMITMENT", "0".repeat(64), "RELATED"));
        assertEquals(409, unsigned.status());
        assertEquals("urn:kaowu:problem:notice-changed", unsigned.json().getString("type"));
        assertEquals(sha, unsigned.json().getString("noticeSha256"), "the refusal names the notice to read");

        String key = UUID.randomUUID().toString();
        Kaowu.Response made = c.post("/api/registrations", "application/json", registration("YJ", "COMMITMENT", sha, "RELATED"),
                "Idempotency-Key", key, "User-Agent", "KaowuIT/1.0");
        assertEquals(201, made.status(), made.body());
        JsonObject r = made.json();
        assertEquals("ACCEPTED", r.getString("status"));
        assertEquals("COMMITMENT", r.getString("path"));
        assertEquals(sha, r.getString("noticeSha256"));
        assertEquals("2026.3", r.getString("noticeVersion"), "the notice says how a full-time graduate's years count");
        assertNotNull(r.getString("signedAt"));
        Kaowu.Response reused = c.post("/api/registrations", "application/json", registration("JJ", "PROOF", null, "OTHER"),
                "Idempotency-Key", key);
        assertEquals(422, reused.status(), "a key belongs to one request");
        assertEquals("Idempotency-Key", reused.json().getString("field"));
        Kaowu.Response again = c.post("/api/registrations", "application/json", registration("YJ", "PROOF", null, "RELATED"));
        assertEquals(409, again.status());
        assertEquals("urn:kaowu:problem:already-registered", again.json().getString("type"));
        assertEquals(1, c.get("/api/registrations").array().size());

        Kaowu.Response nowhere = c.post("/api/registrations", "application/json",
                registration("JJ", "PROOF", null, "OTHER").replace("北京市", "<b>火星</b>"));
        assertEquals(422, nowhere.status(), "an area that is no province");
        assertEquals("area", nowhere.json().getString("field"));
        Kaowu.Response closed = c.post("/api/registrations", "application/json", registration("YJ2", "PROOF", null, "RELATED"));
        assertEquals(409, closed.status());
        assertEquals("urn:kaowu:problem:registration-closed", closed.json().getString("type"));
        assertTrue(closed.json().getString("detail").contains("2025-01-01"), closed.body());
    }

    @Test
    void twoHundredParallelSubmissionsOfTheSameRegistrationMakeExactlyOne() throws Exception {
        plan();
        Kaowu.Client c = candidate();
        String body = registration("YJ", "COMMITMENT", notice(c), "RELATED");
        String key = UUID.randomUUID().toString();
        List<CompletableFuture<Kaowu.Response>> sent = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            sent.add(c.postAsync("/api/registrations", body, "Idempotency-Key", key));
        }
        List<Kaowu.Response> answers = sent.stream().map(CompletableFuture::join).toList();
        Map<Integer, Long> statuses = answers.stream().collect(Collectors.groupingBy(Kaowu.Response::status, Collectors.counting()));
        assertEquals(Map.of(201, 1L, 200, 199L), statuses, answers.stream().filter(a -> a.status() >= 300)
                .map(Kaowu.Response::body).findFirst().orElse(""));
        Set<Integer> ids = answers.stream().map(a -> a.json().getInt("id")).collect(Collectors.toSet());
        assertEquals(1, ids.size(), "every answer names the same registration");
        assertEquals(1, c.get("/api/registrations").array().size());

        // The same, each copy with its own key: one is made, the others are told it exists.
        Kaowu.Client d = candidate();
        String other = registration("YJ", "PROOF", null, "RELATED");
        List<CompletableFuture<Kaowu.Response>> distinct = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            distinct.add(d.postAsync("/api/registrations", other, "Idempotency-Key", UUID.randomUUID().toString()));
        }
        Map<Integer, Long> distinctStatuses = distinct.stream().map(CompletableFuture::join)
                .collect(Collectors.groupingBy(Kaowu.Response::status, Collectors.counting()));
        assertEquals(Map.of(201, 1L, 409, 199L), distinctStatuses);
        assertEquals(1, d.get("/api/registrations").array().size());
    }

    /** Each class of hostile input: a clear refusal naming the field, and nothing stored. */
    @Test
    void hostileProfilesAreRefusedFieldByFieldAndNothingIsStored() throws IOException {
        Kaowu.Client c = Kaowu.session(Kaowu.newCandidate(PASSWORD), PASSWORD);
        String number = idNumber();
        String wrongCheck = number.substring(0, 17) + (number.charAt(17) == '0' ? '1' : '0');
        String good = profile(number);
        Map<String, String[]> cases = Map.of(
                "markup in the name", new String[]{good.replace("张建国", "<script>alert(1)</script>"), "realName"},
                "over-long school", new String[]{good.replace("同济大学", "大".repeat(300)), "school"},
                "wrong check digit", new String[]{good.replace(number, wrongCheck), "idNumber"},
                "impossible birth date in the number", new String[]{good.replaceFirst("\"idNumber\":\"110105\\d{8}", "\"idNumber\":\"11010519990231"), "idNumber"},
                "graduation in the future", new String[]{good.replace("2012-07-01", "2099-07-01"), "graduationDate"},
                "work before it began", new String[]{good.replace("\"to\":\"2011-06-30\"", "\"to\":\"2009-06-30\""), "work[1].from"});
        cases.forEach((what, c2) -> {
            Kaowu.Response r = c.put("/api/profile", c2[0]);
            assertEquals(422, r.status(), what + ": " + r.body());
            assertTrue(r.isProblem(), what);
            assertEquals("urn:kaowu:problem:invalid-profile", r.json().getString("type"), what);
            assertTrue(r.json().getJsonArray("problems").toString().contains("[" + c2[1] + "]"), what + ": " + r.body());
        });
        // A space inside the number and full-width digits are refused alike, with the same message.
        String spaced = good.replace(number, number.substring(0, 6) + " " + number.substring(6));
        StringBuilder wide = new StringBuilder();
        number.chars().forEach(ch -> wide.append(Character.isDigit(ch) ? (char) (ch - '0' + '０') : (char) ch));
        String fullWidth = good.replace(number, wide.toString());
        Kaowu.Response spacedAnswer = c.put("/api/profile", spaced);
        Kaowu.Response wideAnswer = c.put("/api/profile", fullWidth);
        assertEquals(422, spacedAnswer.status(), spacedAnswer.body());
        assertEquals(422, wideAnswer.status(), wideAnswer.body());
        assertEquals(spacedAnswer.json().getJsonArray("problems").toString(), wideAnswer.json().getJsonArray("problems").toString());
        assertTrue(spacedAnswer.json().getJsonArray("problems").toString().contains("[idNumber]"), spacedAnswer.body());
        Kaowu.Response impossible = c.put("/api/profile", good.replace("2012-07-01", "2012-02-30"));
        assertEquals(400, impossible.status(), "an impossible calendar date");
        assertEquals("graduationDate", impossible.json().getString("field"));
        assertEquals(404, c.get("/api/profile").status(), "nothing was stored");

        assertEquals(409, c.putBytes("/api/profile/photo", "image/jpeg", jpeg(358, 441)).status(), "the profile comes first");
        assertEquals(200, c.put("/api/profile", good).status());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(358, 441, BufferedImage.TYPE_INT_RGB), "png", png);
        Kaowu.Response notJpeg = c.putBytes("/api/profile/photo", "image/jpeg", png.toByteArray());
        assertEquals(422, notJpeg.status());
        assertTrue(notJpeg.json().getString("detail").contains("JPEG"), notJpeg.body());
        Kaowu.Response huge = c.putBytes("/api/profile/photo", "image/jpeg", new byte[600 * 1024]);
        assertEquals(413, huge.status(), "read no further than the limit (UploadSafetyIT)");
        assertEquals("urn:kaowu:problem:too-large", huge.json().getString("type"));
        assertEquals(422, c.putBytes("/api/profile/photo", "image/jpeg", jpeg(800, 600)).status(), "landscape");
        assertEquals(404, c.get("/api/profile/photo").status(), "no photo was stored");
        plan();
        Kaowu.Response noPhoto = c.post("/api/registrations", "application/json", registration("YJ", "PROOF", null, "RELATED"));
        assertEquals(409, noPhoto.status(), noPhoto.body());
        assertEquals("urn:kaowu:problem:photo-missing", noPhoto.json().getString("type"));
    }

    @Test
    void anIdentityNumberClaimedTwiceGoesToTheOfficeAndLocksNobodyOut() throws IOException {
        plan();
        String number = idNumber();
        Kaowu.Client first = Kaowu.session(Kaowu.newCandidate(PASSWORD), PASSWORD);
        assertEquals("CLAIMED", first.put("/api/profile", profile(number)).json().getString("identityStatus"));
        Kaowu.Client second = Kaowu.session(Kaowu.newCandidate(PASSWORD), PASSWORD);
        Kaowu.Response claimed = second.put("/api/profile", profile(number));
        assertEquals(200, claimed.status(), claimed.body());
        assertEquals("DISPUTED", claimed.json().getString("identityStatus"));
        assertTrue(claimed.json().getString("message").contains("考务机构"), claimed.body());
        // The earlier holder is not held up by the new claim: not disputed, registrations not pending, but told.
        Kaowu.Response firstProfile = first.get("/api/profile");
        assertEquals("CLAIMED", firstProfile.json().getString("identityStatus", null), firstProfile.body());
        assertTrue(first.get("/api/registrations/notifications").body().contains("有人使用了您的证件号码"),
                "the earlier holder is told that a claim was made");
        assertFalse(second.get("/api/registrations/notifications").body().contains("有人使用了您的证件号码"));
        assertEquals(200, first.putBytes("/api/profile/photo", "image/jpeg", jpeg(358, 441)).status());
        Kaowu.Response r = first.post("/api/registrations", "application/json", registration("YJ", "PROOF", null, "RELATED"));
        assertEquals(201, r.status(), r.body());
        assertFalse(r.json().getBoolean("identityPending"), "the earlier holder's registration works");
        assertEquals("PENDING_REVIEW", r.json().getString("status"));
        // The new claimant alone waits.
        assertEquals(200, second.putBytes("/api/profile/photo", "image/jpeg", jpeg(358, 441)).status());
        Kaowu.Response waiting = second.post("/api/registrations", "application/json", registration("YJ", "PROOF", null, "RELATED"));
        assertEquals(201, waiting.status(), waiting.body());
        assertTrue(waiting.json().getBoolean("identityPending"));

        // The office decides for one of the two; a third account claiming the number later cannot undo that.
        Kaowu.Client office = Kaowu.session("office", DEMO_PASSWORD);
        String masked = number.substring(0, 4) + "**********" + number.substring(14);
        JsonObject kase = office.get("/api/office/identity-cases").array().stream().map(JsonObject.class::cast)
                .filter(k -> k.getString("idNumberMasked").equals(masked)).findFirst().orElseThrow();
        long owner = kase.getJsonNumber("firstAccount").longValue();
        assertEquals(400, office.post("/api/office/identity-cases/" + kase.getJsonNumber("id") + "/resolve", "application/json",
                "{\"owner\":" + owner + "}").status(), "a decision needs its reason");
        assertEquals(200, office.post("/api/office/identity-cases/" + kase.getJsonNumber("id") + "/resolve", "application/json",
                "{\"owner\":" + owner + ",\"note\":\"核对身份证原件\"}").status());
        Set<String> decided = Set.of(first.get("/api/profile").json().getString("identityStatus"),
                second.get("/api/profile").json().getString("identityStatus"));
        assertEquals(Set.of("CONFIRMED", "REJECTED"), decided);
        Kaowu.Client ownerClient = first.get("/api/profile").json().getString("identityStatus").equals("CONFIRMED") ? first : second;
        Kaowu.Client third = Kaowu.session(Kaowu.newCandidate(PASSWORD), PASSWORD);
        assertEquals("DISPUTED", third.put("/api/profile", profile(number)).json().getString("identityStatus"));
        assertEquals("CONFIRMED", ownerClient.get("/api/profile").json().getString("identityStatus"), "a decided owner stays decided");
    }

    @Test
    void aCaseClosesWhenOneSideChangesItsNumberAndAnIdentityVoidFreesThePlace() throws IOException {
        plan();
        // One side enters another number: the case has nothing left to decide, and the other side is no longer pending.
        String number = idNumber();
        Kaowu.Client a = Kaowu.session(Kaowu.newCandidate(PASSWORD), PASSWORD);
        Kaowu.Client b = Kaowu.session(Kaowu.newCandidate(PASSWORD), PASSWORD);
        assertEquals(200, a.put("/api/profile", profile(number)).status());
        assertEquals("DISPUTED", b.put("/api/profile", profile(number)).json().getString("identityStatus"));
        assertEquals(200, a.putBytes("/api/profile/photo", "image/jpeg", jpeg(358, 441)).status());
        Kaowu.Response r = a.post("/api/registrations", "application/json", registration("YJ", "PROOF", null, "RELATED"));
        assertEquals(201, r.status(), r.body());
        assertFalse(r.json().getBoolean("identityPending"), "the earlier holder keeps a working registration");
        Kaowu.Client office = Kaowu.session("office", DEMO_PASSWORD);
        String masked = number.substring(0, 4) + "**********" + number.substring(14);
        assertTrue(office.get("/api/office/identity-cases").body().contains(masked));
        assertEquals("CLAIMED", b.put("/api/profile", profile(idNumber())).json().getString("identityStatus"));
        assertFalse(office.get("/api/office/identity-cases").body().contains(masked), "the case is closed");
        assertEquals("CLAIMED", a.get("/api/profile").json().getString("identityStatus"));
        assertFalse(a.get("/api/registrations/" + r.json().getJsonNumber("id")).json().getBoolean("identityPending"));
        assertTrue(a.get("/api/registrations/notifications").body().contains("证件号码的争议已结束"));

        // The office decides a number is another's: that side's registration is voided and, once it has entered its
        // own number, it can register for the same exam again.
        String disputed = idNumber();
        Kaowu.Client c = Kaowu.session(Kaowu.newCandidate(PASSWORD), PASSWORD);
        Kaowu.Client d = Kaowu.session(Kaowu.newCandidate(PASSWORD), PASSWORD);
        java.util.Map<Kaowu.Client, Long> registered = new java.util.HashMap<>();
        for (Kaowu.Client x : List.of(c, d)) {
            assertEquals(200, x.put("/api/profile", profile(disputed)).status());
            assertEquals(200, x.putBytes("/api/profile/photo", "image/jpeg", jpeg(358, 441)).status());
            Kaowu.Response made = x.post("/api/registrations", "application/json", registration("YJ", "PROOF", null, "RELATED"));
            assertEquals(201, made.status(), made.body());
            registered.put(x, made.json().getJsonNumber("id").longValue());
        }
        String maskedDisputed = disputed.substring(0, 4) + "**********" + disputed.substring(14);
        JsonObject kase = office.get("/api/office/identity-cases").array().stream().map(JsonObject.class::cast)
                .filter(k -> k.getString("idNumberMasked").equals(maskedDisputed)).findFirst().orElseThrow();
        assertEquals(200, office.post("/api/office/identity-cases/" + kase.getJsonNumber("id") + "/resolve", "application/json",
                "{\"owner\":" + kase.getJsonNumber("firstAccount") + ",\"note\":\"核对身份证原件\"}").status());
        Kaowu.Client other = c.get("/api/profile").json().getString("identityStatus").equals("REJECTED") ? c : d;
        assertEquals("REJECTED", other.get("/api/profile").json().getString("identityStatus"));
        assertEquals("VOIDED", other.get("/api/registrations/" + registered.get(other)).json().getString("status"));
        assertEquals("CLAIMED", other.put("/api/profile", profile(idNumber())).json().getString("identityStatus"));
        Kaowu.Response again = other.post("/api/registrations", "application/json", registration("YJ", "PROOF", null, "RELATED"));
        assertEquals(201, again.status(), "the voided registration no longer holds the place: " + again.body());
        Kaowu.Response twice = other.post("/api/registrations", "application/json", registration("YJ", "PROOF", null, "RELATED"));
        assertEquals(409, twice.status(), twice.body());
        assertEquals("urn:kaowu:problem:already-registered", twice.json().getString("type"));
    }
}
