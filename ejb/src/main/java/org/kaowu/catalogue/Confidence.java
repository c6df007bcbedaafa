package org.kaowu.catalogue;

/** How sure the edition's compiler was of a row: READ from the official table, or UNSURE (secondary sources). */
public enum Confidence {
    READ, UNSURE
}
