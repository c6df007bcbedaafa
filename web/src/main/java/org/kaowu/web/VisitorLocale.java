package org.kaowu.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/**
 * Gives every view the visitor's chosen language from the moment it is created, so that what a view prepares before
 * rendering (in {@code @PostConstruct} or an {@code f:viewAction}) speaks the same language as the page around it.
 */
public class VisitorLocale extends ViewHandlerWrapper {

    public VisitorLocale(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LocaleView.class).get().getLocale();
    }
}
