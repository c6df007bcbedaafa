package org.kaowu.registration;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The notice and promise (告知承诺书) generated for one exam level, as rules.md §2 requires: what proof is waived, the
 * legal basis, the conditions, the office's power to verify, the liability for a false promise, publication, and
 * withdrawal; then the candidate's four promises. The exact text is what is signed: its version and SHA-256 are
 * stored with the commitment. Pure.
 */
public record CommitmentNotice(String version, String text, String sha256) implements Serializable {

    /** Changes whenever the template's wording changes. */
    public static final String TEMPLATE = "2026.3";

    public static CommitmentNotice of(int year, String qualification, String level, String office,
                                      List<Eligibility.Rule> rules) {
        StringBuilder t = new StringBuilder();
        String exam = year + "年度" + qualification + (level == null ? "" : level) + "考试";
        t.append(exam).append("报名证明事项告知承诺书\n\n");
        t.append("一、告知事项\n");
        t.append("（一）证明事项：报考人员的学历（学位）、所学专业和工作年限证明。选择告知承诺方式的，报名时不再提交上述证明材料。\n");
        t.append("（二）设定依据：国办发〔2020〕42号、人社厅发〔2020〕110号关于证明事项告知承诺制的规定，以及本考试的报考条件规定。\n");
        t.append("（三）报考条件（具备下列条件之一）：\n");
        int i = 1;
        for (Eligibility.Rule r : rules) {
            t.append("    ").append(i++).append(". ").append(Eligibility.condition(r, Locale.CHINESE)).append("（").append(r.source()).append("）；\n");
        }
        t.append("    工作年限计算至").append(year).append("年12月31日");
        rules.stream().filter(Eligibility.Rule::fullTimeFromGraduation).map(Eligibility.Rule::countingSource).findFirst()
                .ifPresent(source -> t.append("；全日制学历毕业前的工作经历不计入工作年限").append(source == null ? "" : "（" + source + "）"));
        t.append("。\n");
        t.append("（四）核查：").append(office).append("有权通过数据共享、网络核验、随机抽查和重点核查等方式核查承诺内容，")
                .append("报考人员应当配合并按要求提供材料；考试后对合格人员按不低于10%的比例复核。\n");
        t.append("（五）法律责任：承诺不实的，核查时已报名的报名无效，已有成绩的成绩无效，已取得证书的证书无效，所缴费用不予退还；")
                .append("故意作出虚假承诺的，按照《专业技术人员资格考试违纪违规行为处理规定》（人力资源社会保障部令第31号）处理，")
                .append("记入专业技术人员资格考试诚信档案库，记录期限为五年，并不得再以告知承诺方式报名。\n");
        t.append("（六）公开：虚假承诺的处理结果依法公开。\n");
        t.append("（七）撤回：缴费前且报名截止前可以撤回承诺，改为提交证明材料；撤回后本年度本考试不能再选择告知承诺方式。\n\n");
        t.append("二、承诺事项\n本人郑重承诺：\n");
        t.append("    1. 已经知晓并理解以上告知的全部内容；\n");
        t.append("    2. 本人符合").append(exam).append("的报考条件；\n");
        t.append("    3. 本人填报的信息真实、准确、完整；\n");
        t.append("    4. 本人愿意接受核查，如承诺不实，愿意承担相应的法律责任和后果。\n");
        t.append("本承诺由本人亲自作出，不委托他人代为承诺，自提交之时起生效。\n");
        String text = t.toString();
        return new CommitmentNotice(TEMPLATE, text, sha256(text));
    }

    /**
     * The notice for a registration that claims an exemption: the subjects waived, the condition the candidate claims
     * to meet (the rule's own, or its alternative) and its source are named, and promised like the rest.
     */
    public CommitmentNotice claiming(ExemptionRule.Exemption exemption, boolean alternative) {
        if (exemption == null) {
            return this;
        }
        StringBuilder t = new StringBuilder(text).append("\n三、免试申请\n本人申请免试");
        exemption.exemptSubjects().forEach(s -> t.append('《').append(s).append('》'));
        t.append("，并承诺符合免试条件：").append(exemption.condition(alternative, false)).append("（").append(exemption.source())
                .append("）。如承诺不实，免试无效，并按上述告知事项第（五）项承担责任。\n");
        String claimed = t.toString();
        return new CommitmentNotice(version, claimed, sha256(claimed));
    }

    static String sha256(String text) {
        return sha256Of(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
