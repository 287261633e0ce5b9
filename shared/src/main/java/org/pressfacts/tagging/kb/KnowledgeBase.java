package org.pressfacts.tagging.kb;

import org.pressfacts.tagging.kb.KbEntity.Country;
import org.pressfacts.tagging.kb.KbEntity.Office;
import org.pressfacts.tagging.kb.KbEntity.Person;
import org.pressfacts.tagging.kb.KbEntity.Region;
import org.pressfacts.tagging.kb.KbEntity.Role;
import org.pressfacts.tagging.kb.KbEntity.SummitSeries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The immutable knowledge base; {@link KnowledgeBaseLoader} builds it once per container. */
public final class KnowledgeBase {

    private final String version;
    private final Map<String, KbEntity> byId;
    private final Map<String, Country> countriesByIso2;
    private final Map<String, List<Person>> holdersByScope;
    private final List<Region> regions;
    private final List<SummitSeries> summits;
    private final List<RoleWord> roleWords;
    private final Map<String, List<String>> cues;

    /** A word or phrase naming an office: "president", "foreign minister", "leader" (the country's leader office). */
    public record RoleWord(String phrase, Role role, boolean leader) {}

    KnowledgeBase(String version, Collection<KbEntity> entities, List<Region> regions, List<SummitSeries> summits,
                  List<RoleWord> roleWords, Map<String, List<String>> cues) {
        this.version = version;
        Map<String, KbEntity> ids = new HashMap<>();
        Map<String, Country> iso = new HashMap<>();
        Map<String, List<Person>> holders = new HashMap<>();
        for (KbEntity e : entities) {
            ids.put(e.id(), e);
            if (e instanceof Country c) {
                iso.put(c.iso2(), c);
            } else if (e instanceof Person p) {
                for (Office o : p.offices()) {
                    holders.computeIfAbsent(o.scope() + "/" + o.role(), k -> new ArrayList<>()).add(p);
                }
            }
        }
        this.byId = Map.copyOf(ids);
        this.countriesByIso2 = Map.copyOf(iso);
        holders.replaceAll((k, v) -> List.copyOf(v));
        this.holdersByScope = Map.copyOf(holders);
        this.regions = List.copyOf(regions);
        this.summits = List.copyOf(summits);
        this.roleWords = List.copyOf(roleWords);
        Map<String, List<String>> copied = new HashMap<>();
        cues.forEach((k, v) -> copied.put(k, List.copyOf(v)));
        this.cues = Map.copyOf(copied);
    }

    /** Context cues of one kind from cues.tsv (HONORIFIC, PERSON_TITLE, ORG_HEAD, ORG_START, NOT_NAME). */
    public List<String> cues(String kind) {
        return cues.getOrDefault(kind, List.of());
    }

    public String version() {
        return version;
    }

    public Collection<KbEntity> entities() {
        return byId.values();
    }

    public Optional<KbEntity> entity(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Country> country(String iso2) {
        return Optional.ofNullable(countriesByIso2.get(iso2));
    }

    public List<Region> regions() {
        return regions;
    }

    public List<SummitSeries> summits() {
        return summits;
    }

    public List<RoleWord> roleWords() {
        return roleWords;
    }

    /** Who held {@code role} for {@code scope} (an ISO2 or organization id) on {@code date}. */
    public Optional<Person> holder(String scope, Role role, LocalDate date) {
        for (Person p : holdersByScope.getOrDefault(scope + "/" + role, List.of())) {
            for (Office o : p.offices()) {
                if (o.scope().equals(scope) && o.role() == role && o.heldOn(date)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Who held an office titled with {@code titleWord} ("President") for the country on {@code date}. */
    public Optional<Person> holderTitled(String scope, String titleWord, LocalDate date) {
        String wanted = titleWord.toLowerCase(java.util.Locale.ROOT);
        for (List<Person> people : holdersByScope.values()) {
            for (Person p : people) {
                for (Office o : p.offices()) {
                    if (o.scope().equals(scope) && o.heldOn(date) && o.title() != null
                            && o.title().toLowerCase(java.util.Locale.ROOT).equals(wanted)) {
                        return Optional.of(p);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** "The Kazakh leader": the holder of the country's leader office, else of the other top office. */
    public Optional<Person> leader(String iso2, LocalDate date) {
        Role first = country(iso2).map(Country::leaderOffice).orElse(Role.HEAD_OF_STATE);
        Role second = first == Role.HEAD_OF_STATE ? Role.HEAD_OF_GOVERNMENT : Role.HEAD_OF_STATE;
        return holder(iso2, first, date).or(() -> holder(iso2, second, date));
    }
}
