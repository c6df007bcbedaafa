/**
 * The National Qualification Catalogue: editions (data, not code), their entries, sub-items, levels and aliases,
 * and {@link org.kaowu.catalogue.CatalogueCheck}, the one service every later capability asks before anything is
 * examined or certified. An edition is immutable once imported; a corrected or later one is a new edition that takes
 * effect from its own date, so a record checked earlier keeps the edition it was checked against.
 */
package org.kaowu.catalogue;
