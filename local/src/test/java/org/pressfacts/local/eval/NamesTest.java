package org.pressfacts.local.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NamesTest {

    @Test
    void foldsCaseAccentsAndLettersWithoutMarks() {
        assertTrue(Names.same("Sigrún Jónsdóttir", "SIGRUN JONSDOTTIR"));
        assertTrue(Names.same("Łukasz Wróbel", "lukasz wrobel"));
        assertEquals("us", Names.fold("U.S."));
    }

    @Test
    void blankNamesNeverMatch() {
        assertFalse(Names.same("", ""));
        assertFalse(Names.same(null, null));
    }

    @Test
    void containsOnlyWholeWords() {
        assertTrue(Names.containsWords("Photo: Tomas Reed / Invented Wire", "tomas reed"));
        assertFalse(Names.containsWords("Tunisia", "UN"));
    }
}
