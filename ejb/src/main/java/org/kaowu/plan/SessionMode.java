package org.kaowu.plan;

/** 纸笔考试 or 计算机化考试. */
public enum SessionMode {
    PAPER, COMPUTER
}
