package org.pressfacts.tagging.kb;

import org.junit.jupiter.api.Test;
import org.pressfacts.tagging.kb.KbEntity.Person;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loads the shipped data files: the loader itself rejects duplicate ids, bad codes and tenures out of order. */
class KnowledgeBaseTest {

    private static final KnowledgeBase KB = KnowledgeBaseLoader.shared();

    @Test
    void coversEveryUnMemberAndTheUsualTerritories() {
        long states = KB.entities().stream()
                .filter(e -> e instanceof KbEntity.Country c && c.kind().equals("STATE")).count();
        assertTrue(states >= 193, "states: " + states);
        for (String iso2 : Set.of("XK", "TW", "PS", "VA", "SU")) {
            assertTrue(KB.country(iso2).isPresent(), iso2);
        }
    }

    @Test
    void idsAreUniqueAcrossAllFiles() {
        Set<String> seen = new HashSet<>();
        for (KbEntity e : KB.entities()) {
            assertTrue(seen.add(e.id()), "duplicate " + e.id());
        }
    }

    @Test
    void everyTenureEndsAfterItStarts() {
        for (KbEntity e : KB.entities()) {
            if (e instanceof Person p) {
                for (KbEntity.Office o : p.offices()) {
                    assertFalse(o.from() != null && o.to() != null && o.to().isBefore(o.from()), p.id() + " " + o);
                }
            }
        }
    }

    @Test
    void resolvesOfficeHoldersOnADate() {
        assertEquals("Vladimir Putin", KB.leader("RU", LocalDate.of(2023, 10, 12)).orElseThrow().name());
        assertEquals("Nikol Pashinyan", KB.leader("AM", LocalDate.of(2023, 10, 12)).orElseThrow().name());
        assertEquals("Olaf Scholz", KB.leader("DE", LocalDate.of(2023, 10, 12)).orElseThrow().name());
        assertEquals("Angela Merkel", KB.leader("DE", LocalDate.of(2021, 6, 1)).orElseThrow().name());
    }

    @Test
    void everyRoleWordExampleResolvesToAnOffice() {
        for (KnowledgeBase.RoleWord role : KB.roleWords()) {
            assertFalse(role.phrase().isBlank());
        }
        assertTrue(KB.roleWords().stream().anyMatch(r -> r.phrase().equals("counterpart") && r.leader()));
    }

    @Test
    void regionsExpandToMemberCountries() {
        var centralAsia = KB.regions().stream().filter(r -> r.name().equals("Central Asia")).findFirst().orElseThrow();
        assertEquals(Set.of("KZ", "KG", "TJ", "TM", "UZ"), Set.copyOf(centralAsia.members()));
    }

    @Test
    void membershipsFollowAccessionYears() {
        var brics = (KbEntity.Organization) KB.entity("org:brics").orElseThrow();
        assertTrue(brics.members().stream().anyMatch(m -> m.iso2().equals("ZA") && m.on(2023)));
        assertFalse(brics.members().stream().anyMatch(m -> m.iso2().equals("EG") && m.on(2023)));
    }

}
