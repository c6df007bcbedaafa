package org.kaowu.registration;

/** An uploaded photo or document refused: the message key saying why, and its arguments. */
public final class UploadRefused extends Exception {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    UploadRefused(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }
}
