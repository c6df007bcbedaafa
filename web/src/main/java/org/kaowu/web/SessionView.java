package org.kaowu.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.kaowu.platform.security.Account;
import org.kaowu.platform.security.Accounts;

import java.io.IOException;
import java.util.Optional;

/** Who is signed in, and signing out. */
@Named
@RequestScoped
public class SessionView {

    @EJB
    private Accounts accounts;

    private Optional<Account> account;

    public Account getAccount() {
        if (account == null) {
            var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
            account = principal == null ? Optional.empty() : accounts.find(principal.getName());
        }
        return account.orElse(null);
    }

    public String getDisplayName() {
        Account a = getAccount();
        return a == null ? "" : a.getDisplayName();
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) ext.getRequest()).logout();
        ext.invalidateSession();
        ext.redirect(ext.getRequestContextPath() + "/");
    }
}
