/**
 * The pages: one {@code @Named @ViewScoped} {@code <Page>View} per page, calling the core's EJBs (never an
 * EntityManager). Chinese by default, English on request; rule refusals become faces messages next to their field.
 */
package org.kaowu.web;
