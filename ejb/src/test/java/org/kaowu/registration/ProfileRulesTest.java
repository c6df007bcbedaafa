package org.kaowu.registration;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A candidate's profile, field by field: every problem at once, in the form's order. */
class ProfileRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    /** A man born on 12 June 1985. */
    static final String NUMBER = resident("11010519850612123");

    static String resident(String first17) {
        return first17 + IdNumbers.checkDigit(first17);
    }

    /** The form as a candidate fills it in; each test changes what it is about. */
    static final class Form {
        String realName = "张建国";
        IdType idType = IdType.RESIDENT_ID;
        String idNumber = NUMBER;
        LocalDate birthDate;
        Character sex;
        String mobile = "13812345678";
        String email = "zjg@example.cn";
        EducationLevel education = EducationLevel.BACHELOR;
        String school = "同济大学";
        String major = "土木工程";
        LocalDate graduationDate = LocalDate.of(2007, 7, 1);
        String certificate = "100011200705001234";
        List<WorkPeriod> work = new ArrayList<>(List.of(
                new WorkPeriod("中建某局", LocalDate.of(2007, 7, 15), null, "建设工程项目施工管理"),
                new WorkPeriod("某设计院", LocalDate.of(2006, 7, 1), LocalDate.of(2007, 6, 30), "实习")));

        ProfileData data() {
            return new ProfileData(realName, idType, idNumber, birthDate, sex, mobile, email, education, school, major,
                    graduationDate, certificate, work, Boolean.TRUE);
        }
    }

    static ProfileRules.Checked checked(Consumer<Form> change) {
        Form f = new Form();
        change.accept(f);
        return ProfileRules.checked(ProfileRules.normalized(f.data()), TODAY);
    }

    static List<FieldProblem> problems(Consumer<Form> change) {
        Form f = new Form();
        change.accept(f);
        return ProfileRules.check(ProfileRules.normalized(f.data()), TODAY);
    }

    static List<FieldProblem> one(String field, String key, Object... args) {
        return List.of(new FieldProblem(field, key, args));
    }

    @Test
    void aWellFormedProfileHasNoProblemsAndTakesBirthDateAndSexFromTheNumber() {
        ProfileRules.Checked ok = checked(f -> { });
        assertEquals(List.of(), ok.problems());
        assertTrue(ok.valid());
        assertEquals(LocalDate.of(1985, 6, 12), ok.birthDate());
        assertEquals('M', ok.sex());
        // Given too, they must agree (the sex in either case).
        assertEquals(List.of(), problems(f -> {
            f.birthDate = LocalDate.of(1985, 6, 12);
            f.sex = 'm';
        }));
        // Optional fields may be left out; names of minorities and in Latin letters are names.
        assertEquals(List.of(), problems(f -> {
            f.realName = "阿依古丽·买买提";
            f.email = null;
            f.certificate = "  ";
            f.work = null;
        }));
        assertEquals(List.of(), problems(f -> f.realName = "Li Ming"));
    }

    @Test
    void otherDocumentsTakeTheBirthDateAndSexEntered() {
        ProfileRules.Checked ok = checked(f -> {
            f.idType = IdType.PASSPORT;
            f.idNumber = " e12345678 ";
            f.birthDate = LocalDate.of(1990, 1, 2);
            f.sex = 'f';
        });
        assertEquals(List.of(), ok.problems());
        assertEquals(LocalDate.of(1990, 1, 2), ok.birthDate());
        assertEquals('F', ok.sex());
        assertEquals(List.of(new FieldProblem("birthDate", "profile.birthDate"), new FieldProblem("sex", "profile.sex")),
                problems(f -> {
                    f.idType = IdType.PASSPORT;
                    f.idNumber = "E12345678";
                }));
        assertEquals(one("birthDate", "profile.birthDate"), problems(f -> {
            f.idType = IdType.HK_MACAO_PERMIT;
            f.idNumber = "H12345678";
            f.birthDate = TODAY.minusYears(16).plusDays(1);
            f.sex = 'M';
            f.graduationDate = null;
            f.work = List.of();
        }).subList(0, 1));
        assertEquals(one("birthDate", "profile.birthDate"), problems(f -> {
            f.idType = IdType.TAIWAN_PERMIT;
            f.idNumber = "12345678";
            f.birthDate = LocalDate.of(1899, 12, 31);
            f.sex = 'M';
        }));
        assertEquals(one("sex", "profile.sex"), problems(f -> {
            f.idType = IdType.PASSPORT;
            f.idNumber = "E12345678";
            f.birthDate = LocalDate.of(1990, 1, 2);
            f.sex = 'X';
        }));
        assertEquals(List.of(), problems(f -> {
            f.idType = IdType.PASSPORT;
            f.idNumber = "E12345678";
            f.birthDate = TODAY.minusYears(16);
            f.sex = 'M';
            f.graduationDate = TODAY;
            f.work = List.of();
        }), "sixteen today");
    }

    @Test
    void theNameIsLettersNoMarkupNoDigitsNothingHidden() {
        for (String bad : new String[]{"<script>alert(1)</script>", "张三1", "张", "·张三", "张".repeat(51), " ", null}) {
            assertEquals(one("realName", "profile.name"), problems(f -> f.realName = bad), String.valueOf(bad));
        }
        assertEquals(one("realName", "text.hidden"), problems(f -> f.realName = "张\u202E三"));
        assertEquals(one("realName", "text.hidden"), problems(f -> f.realName = "张\u200B三"));
        assertEquals(List.of(), problems(f -> f.realName = "  " + "张".repeat(50) + "\t"), "stripped, fifty at most");
    }

    @Test
    void theIdentityDocumentIsRequiredAndItsNumberWellFormed() {
        assertEquals(List.of(new FieldProblem("idType", "profile.id.type"), new FieldProblem("birthDate", "profile.birthDate"),
                new FieldProblem("sex", "profile.sex")), problems(f -> f.idType = null));
        String wrongCheck = NUMBER.substring(0, 17) + (NUMBER.charAt(17) == '0' ? '1' : '0');
        assertEquals(one("idNumber", "profile.id.checkDigit"), problems(f -> f.idNumber = wrongCheck),
                "nothing more about the birth date or sex: the number is at fault");
        assertEquals(one("idNumber", "profile.id.birthDate"), problems(f -> f.idNumber = resident("11010519850231123")));
        assertEquals(one("idNumber", "profile.id.length"), problems(f -> f.idNumber = NUMBER.substring(0, 17)));
        assertEquals(one("idNumber", "profile.id.region"), problems(f -> f.idNumber = resident("01010519850612123")));
        assertEquals(one("idNumber", "profile.id.length"), problems(f -> f.idNumber = null));
        assertEquals(List.of(), problems(f -> f.idNumber = " " + NUMBER.toLowerCase() + "\u3000"), "only the ends are trimmed");
        assertEquals(one("idNumber", "profile.id.shape"), problems(f -> {
            f.idType = IdType.PASSPORT;
            f.idNumber = "E1";
            f.birthDate = LocalDate.of(1990, 1, 2);
            f.sex = 'M';
        }));
    }

    @Test
    void aSpaceInsideTheNumberAndFullWidthDigitsAreRefusedAlike() {
        StringBuilder wide = new StringBuilder();
        NUMBER.chars().forEach(ch -> wide.append(Character.isDigit(ch) ? (char) (ch - '0' + '０') : (char) ch));
        List<FieldProblem> spaced = problems(f -> f.idNumber = NUMBER.substring(0, 6) + " " + NUMBER.substring(6));
        assertEquals(one("idNumber", "profile.id.characters"), spaced);
        assertEquals(spaced, problems(f -> f.idNumber = wide.toString()));
        assertEquals(spaced, problems(f -> f.idNumber = NUMBER.substring(0, 6) + "\u3000" + NUMBER.substring(6)));
    }

    @Test
    void aBirthDateOrSexEnteredMustAgreeWithTheResidentNumber() {
        assertEquals(one("birthDate", "profile.id.birthMismatch", "1985-06-12"),
                problems(f -> f.birthDate = LocalDate.of(1985, 6, 13)));
        assertEquals(one("sex", "profile.id.sexMismatch"), problems(f -> f.sex = 'f'));
        assertEquals(List.of(new FieldProblem("birthDate", "profile.id.birthMismatch", "1985-06-12"),
                new FieldProblem("sex", "profile.id.sexMismatch")), problems(f -> {
                    f.birthDate = LocalDate.of(1990, 1, 1);
                    f.sex = 'F';
                }));
        // The number's own date decides: too young to sit an exam.
        String young = resident("110105" + TODAY.minusYears(16).plusDays(1).toString().replace("-", "") + "123");
        assertEquals(one("birthDate", "profile.birthDate"), problems(f -> {
            f.idNumber = young;
            f.graduationDate = null;
            f.work = List.of();
        }).subList(0, 1));
    }

    @Test
    void aCorrectedNumberReplacesTheOldNumbersBirthDateAndSexInsteadOfBeingRefused() {
        // Stored: a woman born on 3 March 1990 (the number as first entered, with a typo in the date).
        String old = resident("11010519900303124");
        Form before = new Form();
        before.idNumber = old;
        before.birthDate = LocalDate.of(1990, 3, 3);
        before.sex = 'F';
        ProfileData stored = ProfileRules.normalized(before.data());
        // The form sends the corrected number with the birth date and sex the page still shows from the old one.
        Form corrected = new Form();
        corrected.birthDate = LocalDate.of(1990, 3, 3);
        corrected.sex = 'F';
        ProfileRules.Checked c = ProfileRules.checked(ProfileRules.normalized(corrected.data()), TODAY, stored);
        assertEquals(List.of(), c.problems());
        assertEquals(LocalDate.of(1985, 6, 12), c.birthDate(), "the new number's birth date is stored");
        assertEquals('M', c.sex());
        // Without a stored profile (or with the number unchanged) a date that disagrees is still a contradiction.
        assertEquals(one("birthDate", "profile.id.birthMismatch", "1985-06-12"),
                ProfileRules.checked(ProfileRules.normalized(corrected.data()), TODAY, null).problems().subList(0, 1));
        Form same = new Form();
        same.birthDate = LocalDate.of(1990, 3, 3);
        assertEquals(one("birthDate", "profile.id.birthMismatch", "1985-06-12"),
                ProfileRules.checked(ProfileRules.normalized(same.data()), TODAY, ProfileRules.normalized(same.data())).problems());
        // A date typed by hand that is neither the old one nor the number's own is refused too.
        corrected.birthDate = LocalDate.of(1991, 1, 1);
        assertEquals(one("birthDate", "profile.id.birthMismatch", "1985-06-12"),
                ProfileRules.checked(ProfileRules.normalized(corrected.data()), TODAY, stored).problems());
    }

    @Test
    void theMobileIsAMainlandNumber() {
        for (String bad : new String[]{"12812345678", "1381234567", "138123456789", "１３８１２３４５６７８", "138-1234-5678",
                "+8613812345678", "", null}) {
            assertEquals(one("mobile", "profile.mobile"), problems(f -> f.mobile = bad), String.valueOf(bad));
        }
        assertEquals(List.of(), problems(f -> f.mobile = " 13812345678 "));
    }

    @Test
    void theEmailIsOptionalButWellFormed() {
        for (String bad : new String[]{"zjg", "zjg@example", "li<ming>@example.cn", "zjg@example..cn", "zjg@.example.cn",
                "张建国@example.cn", "a".repeat(65) + "@example.cn", "a".repeat(64) + "@" + "b".repeat(132) + ".com"}) {
            assertEquals(one("email", "profile.email"), problems(f -> f.email = bad), bad);
        }
        assertEquals(List.of(), problems(f -> f.email = "  "));
        assertEquals("zjg@example.cn", ProfileRules.normalized(data(f -> f.email = " ZJG@Example.CN ")).email());
        assertEquals(List.of(), problems(f -> f.email = "ZJG@Example.CN"));
    }

    @Test
    void theEducationLevelIsRequired() {
        assertEquals(one("education", "profile.education"), problems(f -> f.education = null));
    }

    @Test
    void schoolAndMajorArePlainTextsOfAtMostOneHundredCharacters() {
        for (String bad : new String[]{null, "  ", "大".repeat(101), "<b>同济</b>", "同济>大学"}) {
            assertEquals(one("school", "profile.text", 100), problems(f -> f.school = bad), String.valueOf(bad));
            assertEquals(one("major", "profile.text", 100), problems(f -> f.major = bad), String.valueOf(bad));
        }
        for (String hidden : new String[]{"同济\u202E大学", "同济\u200B大学", "同济\u0000大学", "同济\u001B[31m大学",
                "\uFEFF同济大学", "同济\uE000大学", "同济\n大学"}) {
            assertEquals(one("school", "text.hidden"), problems(f -> f.school = hidden), hidden);
            assertEquals(one("major", "text.hidden"), problems(f -> f.major = hidden), hidden);
        }
        assertEquals(List.of(), problems(f -> {
            f.school = "大".repeat(100);
            f.major = "土木工程（建筑工程方向）& 管理 · A/B";
        }));
    }

    @Test
    void theGraduationDateIsPastAndAfterTheFourteenthBirthday() {
        assertEquals(one("graduationDate", "profile.graduationDate"), problems(f -> f.graduationDate = null));
        assertEquals(one("graduationDate", "profile.graduationDate"), problems(f -> f.graduationDate = TODAY.plusDays(1)));
        assertEquals(one("graduationDate", "profile.graduationDate"),
                problems(f -> f.graduationDate = LocalDate.of(1999, 6, 11)));
        assertEquals(List.of(), problems(f -> f.graduationDate = LocalDate.of(1999, 6, 12)));
    }

    @Test
    void theCertificateNumberIsOptionalLettersDigitsAndHyphens() {
        for (String bad : new String[]{"证书123", "1000 1120", "A_1", "1".repeat(51), "<1>"}) {
            assertEquals(one("educationCertificate", "profile.certificate"), problems(f -> f.certificate = bad), bad);
        }
        assertEquals(List.of(), problems(f -> f.certificate = "Ab-" + "1".repeat(47)));
        assertEquals(List.of(), problems(f -> f.certificate = null));
    }

    @Test
    void eachJobHasAnEmployerAFieldAndDatesThatHold() {
        LocalDate july = LocalDate.of(2007, 7, 15);
        assertEquals(one("work[0].employer", "text.hidden"),
                problems(f -> f.work.set(0, new WorkPeriod("中建\u202E某局", july, null, "施工"))));
        assertEquals(one("work[0].employer", "profile.text", 100),
                problems(f -> f.work.set(0, new WorkPeriod(" ", july, null, "施工"))));
        assertEquals(one("work[0].field", "profile.text", 100),
                problems(f -> f.work.set(0, new WorkPeriod("中建某局", july, null, "施".repeat(101)))));
        assertEquals(one("work[0].field", "text.hidden"),
                problems(f -> f.work.set(0, new WorkPeriod("中建某局", july, null, "施工\u2028管理"))));
        for (WorkPeriod bad : new WorkPeriod[]{
                new WorkPeriod("某设计院", null, null, "实习"),
                new WorkPeriod("某设计院", TODAY.plusDays(1), null, "实习"),
                new WorkPeriod("某设计院", LocalDate.of(2007, 6, 30), LocalDate.of(2006, 7, 1), "实习"),
                new WorkPeriod("某设计院", LocalDate.of(2006, 7, 1), TODAY.plusDays(1), "实习"),
                new WorkPeriod("某设计院", LocalDate.of(2001, 6, 11), LocalDate.of(2002, 6, 30), "实习")}) {
            assertEquals(one("work[1].from", "profile.work.dates", 2), problems(f -> f.work.set(1, bad)), bad.toString());
        }
        assertEquals(List.of(), problems(f -> f.work.set(1, new WorkPeriod("某设计院", LocalDate.of(2001, 6, 12), TODAY, "实习"))),
                "from the sixteenth birthday, up to today");
        // Several at once, job by job.
        assertEquals(List.of(new FieldProblem("work[0].employer", "profile.text", 100),
                        new FieldProblem("work[0].from", "profile.work.dates", 1),
                        new FieldProblem("work[1].field", "text.hidden")),
                problems(f -> f.work = List.of(new WorkPeriod(null, null, null, "施工"),
                        new WorkPeriod("某设计院", LocalDate.of(2006, 7, 1), null, "\u202E"))));
    }

    @Test
    void atMostTwentyJobs() {
        WorkPeriod job = new WorkPeriod("中建某局", LocalDate.of(2007, 7, 15), null, "施工");
        assertEquals(List.of(), problems(f -> f.work = Collections.nCopies(20, job)));
        WorkPeriod bad = new WorkPeriod("<b>", null, null, null);
        assertEquals(one("work", "profile.work.tooMany", 20), problems(f -> f.work = Collections.nCopies(21, bad)),
                "too many: the jobs themselves are not looked at");
    }

    @Test
    void everyProblemIsReportedAtOnceInTheFormsOrder() {
        List<FieldProblem> all = problems(f -> {
            f.realName = "<b>";
            f.birthDate = LocalDate.of(1990, 1, 1);
            f.sex = 'F';
            f.mobile = "12345";
            f.email = "nobody";
            f.education = null;
            f.school = "\u202E";
            f.major = null;
            f.graduationDate = TODAY.plusYears(1);
            f.certificate = "证书";
            f.work = List.of(new WorkPeriod("<i>", TODAY.plusDays(1), null, "施工"));
        });
        assertEquals(List.of("realName", "birthDate", "sex", "mobile", "email", "education", "school", "major",
                        "graduationDate", "educationCertificate", "work[0].employer", "work[0].from"),
                all.stream().map(FieldProblem::field).toList());
        assertEquals(List.of("profile.name", "profile.id.birthMismatch", "profile.id.sexMismatch", "profile.mobile",
                        "profile.email", "profile.education", "text.hidden", "profile.text", "profile.graduationDate",
                        "profile.certificate", "profile.text", "profile.work.dates"),
                all.stream().map(FieldProblem::key).toList());
        assertFalse(checked(f -> f.mobile = null).valid());
    }

    @Test
    void normalizingStripsTextsAndLeavesNoWorkAnEmptyList() {
        ProfileData d = ProfileRules.normalized(data(f -> {
            f.realName = " 张建国\u3000";
            f.school = "  ";
            f.sex = 'm';
            f.work = null;
        }));
        assertEquals("张建国", d.realName());
        assertNull(d.school());
        assertEquals('M', d.sex());
        assertEquals(List.of(), d.work());
        assertEquals(Boolean.TRUE, d.fullTime());
    }

    static ProfileData data(Consumer<Form> change) {
        Form f = new Form();
        change.accept(f);
        return f.data();
    }
}
