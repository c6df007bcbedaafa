package org.kaowu.registration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.kaowu.shared.DomainException;

import java.util.logging.Logger;

/**
 * With {@code -Dkaowu.demo=true}: the payment instructions of a demonstration (the national default and Beijing's
 * own), created once, when there are none, so that 我的报名 shows candidates how to pay from the first start.
 */
@Singleton
@Startup
public class DemoPaymentInstructions {

    private static final Logger LOG = Logger.getLogger(DemoPaymentInstructions.class.getName());

    static final String NATIONAL_ZH = """
            请在缴费截止时间前通过网上银行或手机银行转账缴纳报名费（演示数据）：
            收款单位：某省人事考试中心
            开户银行：中国工商银行某省分行营业部
            账号：0200 0000 0000 0000 000
            附言（用途）栏请务必只填写您的缴费编号，系统将按缴费编号自动核对到账情况，一般在到账后1个工作日内显示“已缴费”。
            逾期未缴费的报名将失效；报名费一经缴纳不予退还。""";

    static final String NATIONAL_EN = """
            Pay the registration fee by online or mobile banking transfer before the payment deadline (demonstration data):
            Payee: Provincial Personnel Examination Centre
            Bank: Industrial and Commercial Bank of China, provincial branch
            Account: 0200 0000 0000 0000 000
            Enter only your payment reference in the transfer's remark field: payments are matched by it and usually show
            as paid within one working day of arriving.
            Registrations not paid by the deadline lapse; fees are not refunded.""";

    static final String BEIJING_ZH = """
            北京市考区考生请通过“北京人事考试网上缴费”平台或银行转账缴费（演示数据）：
            收款单位：北京市人事考试中心
            账号：0110 0000 0000 0000 000
            转账附言只填写缴费编号。到账后1个工作日内显示“已缴费”；逾期未缴费的报名将失效。""";

    static final String BEIJING_EN = """
            Candidates in Beijing pay through the Beijing examination payment platform or by bank transfer (demonstration data):
            Payee: Beijing Personnel Examination Centre
            Account: 0110 0000 0000 0000 000
            Enter only your payment reference as the transfer's remark. Payments show as paid within one working day;
            registrations not paid by the deadline lapse.""";

    @EJB
    private PaymentInstructions instructions;

    /** Each save runs (and commits) on its own, so a failure leaves the application running. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void create() {
        if (!Boolean.getBoolean("kaowu.demo")) {
            return;
        }
        try {
            if (instructions.all().isEmpty()) {
                instructions.save(PaymentInstruction.NATIONAL, NATIONAL_ZH, NATIONAL_EN, "demo");
                instructions.save("北京市", BEIJING_ZH, BEIJING_EN, "demo");
            }
        } catch (DomainException e) {
            // Demonstration data must never stop the application.
            LOG.warning("Demo payment instructions not created: " + e.key());
        }
    }
}
