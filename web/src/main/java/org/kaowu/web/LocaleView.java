package org.kaowu.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.kaowu.shared.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Locale;

/** The language of this visitor's pages: Chinese unless they switch to English. */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Messages.CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches and reloads the page by GET, so the address stays the one the visitor had. */
    public void change(String language) {
        locale = Messages.supported(Locale.forLanguageTag(language));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        ExternalContext ext = faces.getExternalContext();
        String referer = ext.getRequestHeaderMap().get("Referer");
        String target = ext.getRequestContextPath() + faces.getViewRoot().getViewId();
        if (referer != null) {
            try {
                java.net.URI uri = java.net.URI.create(referer);
                target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            } catch (IllegalArgumentException ignored) {
                // keep the view's own address
            }
        }
        try {
            ext.redirect(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
