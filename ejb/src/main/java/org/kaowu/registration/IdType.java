package org.kaowu.registration;

/** The identity documents a candidate may register with. */
public enum IdType {
    /** 居民身份证 (also the 18-digit residence permits of Hong Kong, Macao and Taiwan residents). */
    RESIDENT_ID,
    /** 护照. */
    PASSPORT,
    /** 港澳居民来往内地通行证. */
    HK_MACAO_PERMIT,
    /** 台湾居民来往大陆通行证. */
    TAIWAN_PERMIT
}
