package org.kaowu.catalogue;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameSimilarityTest {

    @Test
    void normalisesWidthCaseAndSpaces() {
        assertEquals("catti", NameSimilarity.normalize(" ＣＡＴＴＩ "));
        assertEquals("注册会计师", NameSimilarity.normalize("注册　会计师"));
    }

    @Test
    void ranksCloseChineseNamesAboveDistantOnes() {
        assertTrue(NameSimilarity.score("一级建筑师", "注册建筑师") > NameSimilarity.score("一级建筑师", "注册会计师"));
        assertTrue(NameSimilarity.score("消防工程师", "注册消防工程师") > 0.8, "a missing word is the usual slip");
        assertEquals(1.0, NameSimilarity.score("建造师", " 建造师"));
        assertEquals(0.0, NameSimilarity.score("", "建造师"));
    }
}
