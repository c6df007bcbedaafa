package org.kaowu.platform.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.kaowu.platform.security.Accounts;
import org.kaowu.platform.security.Role;

import java.util.logging.Logger;

/**
 * With {@code -Dkaowu.demo=true} (the README's run command sets it): one account per role, created once.
 * Never on by default, so a production database never receives them unless asked.
 */
@Singleton
@Startup
public class DemoData {

    public static final String PASSWORD = "demo-2026";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @EJB
    private Accounts accounts;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("kaowu.demo")) {
            return;
        }
        if (accounts.find("candidate@kaowu.demo").isEmpty()) {
            accounts.signUpCandidate("candidate@kaowu.demo", "张考生", PASSWORD.toCharArray());
        }
        staff("office", "考务办公室", Role.OFFICE);
        staff("supervisor", "监考员", Role.SUPERVISOR);
        staff("admin", "系统管理员", Role.ADMIN);
        LOG.info("Demo accounts ready (see README)");
    }

    private void staff(String username, String name, Role role) {
        if (accounts.find(username).isEmpty()) {
            accounts.createStaff(username, name, role, PASSWORD.toCharArray(), "demo");
        }
    }
}
