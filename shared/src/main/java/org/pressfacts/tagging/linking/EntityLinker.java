package org.pressfacts.tagging.linking;

import org.pressfacts.tagging.EntityType;
import org.pressfacts.tagging.Mention;
import org.pressfacts.tagging.Span;
import org.pressfacts.tagging.TaggedEntity;
import org.pressfacts.tagging.kb.KbEntity;
import org.pressfacts.tagging.kb.KbEntity.Country;
import org.pressfacts.tagging.kb.KbEntity.Person;
import org.pressfacts.tagging.kb.KbEntity.Place;
import org.pressfacts.tagging.kb.KnowledgeBase;
import org.pressfacts.tagging.linking.Gazetteer.Entry;
import org.pressfacts.tagging.linking.Gazetteer.EntryKind;
import org.pressfacts.tagging.linking.Gazetteer.Match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns gazetteer matches into linked entities: full names, surnames and titles resolved to the person named in
 * the article, role mentions ("the Russian president") to the office holder on the article's date, demonyms and
 * capitals standing for governments to their country, and people and organizations absent from the knowledge
 * base found from context (cues.tsv).
 */
public final class EntityLinker {

    /** Typos are tolerated only in long words: in short ones one letter makes another name. */
    private static final int MIN_TYPO_LENGTH = 5;
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "on", "de", "du", "des", "al");
    /** Words that may be capitalised before an organization's name but are not part of it. */
    private static final Set<String> ORG_STOP = Set.of("the", "a", "an", "on", "in", "at", "by", "for", "from", "with",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "this", "that",
            "his", "her", "its", "their", "but", "and", "while", "when", "after", "before", "as", "if");
    private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "its", "their", "our");
    /** Words before a capital that make it a location; after "and" or "with" a capital may well be acting. */
    private static final Set<String> LOCATIVE = Set.of("in", "to", "from", "at", "near", "via", "into", "of", "outside",
            "inside", "around", "toward", "towards", "across", "through", "for", "between");

    private final KnowledgeBase kb;
    private final Gazetteer gazetteer;
    private final Set<String> honorifics;
    private final Set<String> notName;
    private final Set<String> orgHeads;
    private final List<List<String>> orgStarts;
    /** Person titles by first word, longest first; and the one-word titles. */
    private final Map<String, List<List<String>>> personTitles = new HashMap<>();
    private final Set<String> titleWords = new HashSet<>();
    private final List<RolePhrase> rolePhrases;

    private record RolePhrase(List<String> words, KnowledgeBase.RoleWord role) {}

    public EntityLinker(KnowledgeBase kb) {
        this.kb = kb;
        this.gazetteer = new Gazetteer(kb);
        this.honorifics = folded(kb.cues("HONORIFIC"));
        this.notName = folded(kb.cues("NOT_NAME"));
        this.orgHeads = folded(kb.cues("ORG_HEAD"));
        this.orgStarts = kb.cues("ORG_START").stream().map(EntityLinker::words).toList();
        kb.cues("PERSON_TITLE").stream().map(EntityLinker::words).filter(w -> !w.isEmpty())
                .sorted((a, b) -> b.size() - a.size())
                .forEach(w -> {
                    personTitles.computeIfAbsent(w.getFirst(), k -> new ArrayList<>()).add(w);
                    if (w.size() == 1) {
                        titleWords.add(w.getFirst());
                    }
                });
        this.rolePhrases = kb.roleWords().stream().map(r -> new RolePhrase(words(r.phrase()), r))
                .sorted((a, b) -> b.words().size() - a.words().size()).toList();
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public List<TaggedEntity> link(String text, LocalDate date) {
        return new Run(text, date).link();
    }

    /** The state of linking one text. */
    private final class Run {
        private final String text;
        private final LocalDate date;
        private final List<Token> tokens;
        private final boolean[] covered;
        /** The entity whose mention covers each token, and the last token of that mention. */
        private final Found[] owner;
        private final int[] mentionLast;
        private final Map<String, Found> found = new LinkedHashMap<>();
        /** People named in full in this text, by folded surname. */
        private final Map<String, List<Person>> namedBySurname = new HashMap<>();

        Run(String text, LocalDate date) {
            this.text = text;
            this.date = date;
            this.tokens = Tokenizer.tokenize(text);
            this.covered = new boolean[tokens.size()];
            this.owner = new Found[tokens.size()];
            this.mentionLast = new int[tokens.size()];
        }

        List<TaggedEntity> link() {
            List<Match> matches = chooseNonOverlapping(gazetteer.match(text, tokens));
            // full names first, so that surnames anywhere in the text resolve to the person the text names
            for (Match m : matches) {
                Entry name = best(m, EntryKind.NAME);
                if (name != null && partOfLongerName(m, name.entity())) {
                    continue;
                }
                if (name != null && name.entity() instanceof Place area && area.kind().equals("AREA")) {
                    claim(null, m.first(), m.last()); // broad areas are not news entities, nor part of other names
                    continue;
                }
                if (name != null) {
                    addKb(name.entity(), m.first(), m.last(), Mention.Kind.NAME);
                    if (name.entity() instanceof Person p) {
                        rememberNamed(p);
                    }
                }
            }
            for (Match m : matches) {
                if (best(m, EntryKind.NAME) == null && best(m, EntryKind.SURNAME) != null) {
                    linkSurname(m);
                }
            }
            for (Match m : matches) {
                if (best(m, EntryKind.NAME) == null && best(m, EntryKind.SURNAME) == null) {
                    Entry demonym = best(m, EntryKind.DEMONYM);
                    if (demonym != null) {
                        addKb(demonym.entity(), m.first(), m.last(), Mention.Kind.DEMONYM);
                    }
                }
            }
            linkCapitalsAsGovernments(matches);
            linkRoleMentions();
            findPeopleFromContext();
            linkLaterMentionsOfContextPeople();
            findOrganizationsFromContext();
            return found.values().stream().map(Found::toEntity).toList();
        }

        /** "Rome Statute", "Moscow State University": a place name that a capitalised word continues. */
        private boolean partOfLongerName(Match m, KbEntity entity) {
            if (!(entity instanceof Place)) {
                return false;
            }
            int next = m.last() + 1;
            if (next >= tokens.size()) {
                return false;
            }
            Token after = tokens.get(next);
            return after.capitalized() && !after.allCaps() && text.charAt(tokens.get(m.last()).end()) == ' '
                    && after.start() == tokens.get(m.last()).end() + 1 && !isTitleWord(after.folded())
                    && !notName.contains(after.folded());
        }

        private void rememberNamed(Person p) {
            List<Person> list = namedBySurname.computeIfAbsent(gazetteer.surname(p), k -> new ArrayList<>());
            if (!list.contains(p)) {
                list.add(p);
            }
            for (String alias : p.aliases()) {
                List<Token> t = Tokenizer.tokenize(alias);
                List<Person> byAlias = namedBySurname.computeIfAbsent(t.getLast().folded(), k -> new ArrayList<>());
                if (!byAlias.contains(p)) {
                    byAlias.add(p);
                }
            }
        }

        private void linkSurname(Match m) {
            Token surname = tokens.get(m.first());
            List<Person> candidates = new ArrayList<>();
            for (Entry e : m.entries()) {
                if (e.kind() == EntryKind.SURNAME && e.entity() instanceof Person p && !candidates.contains(p)) {
                    candidates.add(p);
                }
            }
            Token before = m.first() > 0 ? tokens.get(m.first() - 1) : null;
            Token after = m.last() + 1 < tokens.size() ? tokens.get(m.last() + 1) : null;
            if (after != null && after.capitalized() && !covered[after.index()] && !after.allCaps()
                    && Tokenizer.joinable(text, tokens.get(m.last()), after) && text.charAt(tokens.get(m.last()).end()) == ' ') {
                return; // "Pavel Orlin": a given name here, not President Pavel
            }
            boolean joined = before != null && Tokenizer.joinable(text, before, surname);
            // "Vadimir Putin": a given name one letter off still names the same person
            if (joined && before.capitalized() && !covered[before.index()] && !honorifics.contains(before.folded())) {
                for (Person p : candidates) {
                    if (givenNameMatches(p, before.folded())) {
                        addKb(p, before.index(), m.last(), Mention.Kind.NAME);
                        rememberNamed(p);
                        return;
                    }
                }
                if (!notName.contains(before.folded()) && !isTitleWord(before.folded())
                        && !gazetteer.isKnownSurname(before.folded())) {
                    return; // another person with the same surname: "Akylbek Japarov" is not "Sadyr Japarov"
                }
            }
            Person chosen = null;
            List<Person> named = namedBySurname.getOrDefault(surname.folded(), List.of());
            for (Person p : candidates) {
                if (named.contains(p)) {
                    chosen = p;
                    break;
                }
            }
            if (chosen == null && candidates.size() == 1 && surname.folded().length() >= MIN_TYPO_LENGTH) {
                chosen = candidates.getFirst();
            }
            if (chosen == null && (surname.folded().length() < 3 || notName.contains(surname.folded()))) {
                return; // "He", "Li": a short or common word names someone only after the text has named them in full
            }
            if (chosen == null) {
                List<Person> inOffice = candidates.stream()
                        .filter(p -> p.offices().stream().anyMatch(o -> o.heldOn(date))).toList();
                if (inOffice.size() == 1) {
                    chosen = inOffice.getFirst();
                }
            }
            if (chosen != null) {
                boolean titled = joined && (honorifics.contains(before.folded()) || isTitleWord(before.folded()));
                addKb(chosen, m.first(), m.last(), titled ? Mention.Kind.TITLE : Mention.Kind.SURNAME);
            }
        }

        private boolean givenNameMatches(Person p, String folded) {
            List<String> names = new ArrayList<>(p.aliases());
            names.add(p.name());
            for (String n : names) {
                List<Token> t = Tokenizer.tokenize(n);
                if (t.size() >= 2) {
                    String given = t.get(t.size() - 2).folded();
                    if (given.equals(folded) || (folded.length() >= MIN_TYPO_LENGTH && withinOneEdit(given, folded))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean isTitleWord(String folded) {
            return titleWords.contains(folded);
        }

        /** "Moscow denounced", "Baku's victory": a capital acting stands for its country as well. */
        private void linkCapitalsAsGovernments(List<Match> matches) {
            for (Match m : matches) {
                Entry name = best(m, EntryKind.NAME);
                if (name == null || !(name.entity() instanceof Place place) || !place.capital() || place.country() == null) {
                    continue;
                }
                Token before = m.first() > 0 ? tokens.get(m.first() - 1) : null;
                Token after = m.last() + 1 < tokens.size() ? tokens.get(m.last() + 1) : null;
                if (after == null || (before != null && LOCATIVE.contains(before.folded()))) {
                    continue;
                }
                boolean possessive = after.folded().equals("s") && after.start() - tokens.get(m.last()).end() == 1;
                boolean acts = !after.capitalized() && after.start() - tokens.get(m.last()).end() == 1
                        && text.charAt(after.start() - 1) == ' ' && !LOCATIVE.contains(after.folded())
                        && !after.folded().equals("and");
                if (possessive || acts) {
                    Optional<KbEntity> actor = place.standsFor() != null
                            ? kb.entity(place.standsFor()) : kb.country(place.country()).map(c -> (KbEntity) c);
                    actor.ifPresent(a -> addKb(a, m.first(), m.last(), Mention.Kind.CAPITAL));
                }
            }
        }

        /** "the Russian president", "his Kyrgyz counterpart", "Kazakhstan's foreign minister". */
        private void linkRoleMentions() {
            for (int i = 0; i < tokens.size(); i++) {
                Country country = countryAt(i);
                if (country == null) {
                    continue;
                }
                int next = i + 1;
                if (next < tokens.size() && tokens.get(next).folded().equals("s")) {
                    next++;
                }
                for (RolePhrase phrase : rolePhrases) {
                    if (!wordsAt(next, phrase.words())) {
                        continue;
                    }
                    int end = next + phrase.words().size() - 1;
                    if (end + 1 < tokens.size() && tokens.get(end + 1).capitalized() && covered[end + 1]
                            && Tokenizer.joinable(text, tokens.get(end), tokens.get(end + 1))) {
                        break; // "Russian President Vladimir Putin": the name itself is the mention
                    }
                    if (end + 1 < tokens.size() && tokens.get(end + 1).capitalized()
                            && (Tokenizer.joinable(text, tokens.get(end), tokens.get(end + 1))
                            || text.startsWith(", ", tokens.get(end).end()))) {
                        break; // "China's top diplomat, Wang Yi": the name that follows is the mention
                    }
                    Optional<Person> holder = holder(country.iso2(), phrase.role());
                    int start = i > 0 && DETERMINERS.contains(tokens.get(i - 1).folded()) ? i - 1 : i;
                    holder.ifPresent(p -> addKb(p, start, end, Mention.Kind.ROLE));
                    break;
                }
            }
        }

        private Optional<Person> holder(String iso2, KnowledgeBase.RoleWord role) {
            if (role.leader()) {
                return kb.leader(iso2, date);
            }
            String title = Character.toUpperCase(role.phrase().charAt(0)) + role.phrase().substring(1);
            return kb.holderTitled(iso2, title, date).or(() -> kb.holder(iso2, role.role(), date));
        }

        /** The country a token names as a demonym or a country name, if any. */
        private Country countryAt(int i) {
            // only the last token of the country mention is followed by the role
            return owner[i] != null && owner[i].entity instanceof Country c && mentionLast[i] == i ? c : null;
        }

        private boolean wordsAt(int i, List<String> words) {
            return Tokenizer.wordsAt(tokens, i, words);
        }

        /**
         * "Foreign Minister Ana Lind", "Minister of Economy and Trade Ana Lind", "the EU's sanctions envoy, Ana Lind",
         * "Ana Lind, the Kazakh ambassador," for people the knowledge base lacks.
         */
        private void findPeopleFromContext() {
            for (int i = 0; i < tokens.size(); i++) {
                int titleEnd = titleAt(i);
                if (titleEnd < 0) {
                    continue;
                }
                // portfolio and further title words: "Minister of Economy and Commerce", "Deputy Treasury Secretary"
                int j = titleEnd + 1;
                int runEnd = j;
                boolean connectors = false;
                while (runEnd < tokens.size()) {
                    Token t = tokens.get(runEnd);
                    boolean connector = CONNECTORS.contains(t.folded()) && nextCapitalized(runEnd);
                    boolean adjacent = runEnd == j ? tokens.get(runEnd - 1).end() + 2 >= t.start()
                            : Tokenizer.joinable(text, tokens.get(runEnd - 1), t);
                    if (!adjacent || !(t.capitalized() || connector)) {
                        break;
                    }
                    connectors |= connector;
                    runEnd++;
                }
                int tailStart = runEnd;
                while (tailStart > j && tokens.get(tailStart - 1).capitalized()
                        && !CONNECTORS.contains(tokens.get(tailStart - 1).folded())
                        && !isTitleWord(tokens.get(tailStart - 1).folded())) {
                    tailStart--;
                }
                int nameLength = Math.min(runEnd - tailStart, connectors ? 2 : 3);
                int nameStart = runEnd - nameLength;
                if (nameLength >= 2 && isName(nameStart, runEnd)) {
                    String role = String.join(" ", tokens.subList(i, titleEnd + 1).stream().map(Token::folded).toList());
                    addContextPerson(nameStart, runEnd, role, countryBefore(i));
                    i = runEnd - 1;
                }
            }
            // appositions: "Ana Lind, the Kazakh ambassador"
            for (int i = 0; i < tokens.size(); i++) {
                int nameEnd = nameEnd(i);
                if (nameEnd <= i || nameEnd >= tokens.size()) {
                    continue;
                }
                Token last = tokens.get(nameEnd - 1);
                if (last.end() >= text.length() || text.charAt(last.end()) != ',') {
                    continue;
                }
                int k = nameEnd;
                if (k < tokens.size() && Set.of("the", "a", "an").contains(tokens.get(k).folded())) {
                    k++;
                }
                Country country = null;
                if (k < tokens.size() && countryAt(k) != null) {
                    country = countryAt(k);
                    k++;
                    if (k < tokens.size() && tokens.get(k).folded().equals("s")) {
                        k++;
                    }
                }
                if (k < tokens.size() && !tokens.get(k).capitalized() && titleAt(k) >= 0) {
                    addContextPerson(i, nameEnd, String.join(" ", tokens.subList(k, titleAt(k) + 1).stream()
                            .map(Token::folded).toList()), country);
                }
                i = nameEnd;
            }
        }

        /** The last token of a person title starting at {@code i} ("deputy prime minister"), or -1. */
        private int titleAt(int i) {
            if (i < 0 || i >= tokens.size()) {
                return -1;
            }
            for (List<String> title : personTitles.getOrDefault(tokens.get(i).folded(), List.of())) {
                if (wordsAt(i, title)) {
                    return i + title.size() - 1;
                }
            }
            return -1;
        }

        private boolean isName(int first, int lastExclusive) {
            for (int k = first; k < lastExclusive; k++) {
                Token t = tokens.get(k);
                if (covered[k] || t.allCaps() && t.text().length() > 1 || notName.contains(t.folded())
                        || orgHeads.contains(t.folded()) || isTitleWord(t.folded()) || Character.isDigit(t.text().charAt(0))) {
                    return false;
                }
            }
            return true;
        }

        /** End (exclusive) of a 2- or 3-word capitalised name at {@code start} that nothing else claimed. */
        private int nameEnd(int start) {
            int end = start;
            while (end < tokens.size() && end - start < 3) {
                Token t = tokens.get(end);
                if (!t.capitalized() || t.allCaps() && t.text().length() > 1 || covered[t.index()]
                        || notName.contains(t.folded()) || orgHeads.contains(t.folded())
                        || Character.isDigit(t.text().charAt(0))
                        || (end > start && !Tokenizer.joinable(text, tokens.get(end - 1), t))) {
                    break;
                }
                end++;
            }
            return end - start >= 2 ? end : start;
        }

        private Country countryBefore(int i) {
            return i > 0 ? countryAt(i - 1) : null;
        }

        private void addContextPerson(int first, int lastExclusive, String role, Country country) {
            Span span = new Span(tokens.get(first).start(), tokens.get(lastExclusive - 1).end());
            String name = span.of(text);
            String id = "new:person:" + slug(name);
            Found f = found.computeIfAbsent(id, k -> new Found(null, id, EntityType.PERSON, name,
                    country == null ? null : country.iso2(), null, role));
            f.add(new Mention(span, name, Mention.Kind.CONTEXT));
            claim(f, first, lastExclusive - 1);
        }

        /** Once context has named someone, their full name and surname elsewhere in the text are theirs too. */
        private void linkLaterMentionsOfContextPeople() {
            for (Found person : List.copyOf(found.values())) {
                if (person.entity != null || person.type != EntityType.PERSON) {
                    continue;
                }
                List<String> name = words(person.name);
                String surname = name.getLast();
                for (int i = 0; i < tokens.size(); i++) {
                    if (covered[i] || !tokens.get(i).capitalized()) {
                        continue;
                    }
                    if (wordsAt(i, name) && allFree(i, i + name.size() - 1)) {
                        addFound(person, i, i + name.size() - 1, Mention.Kind.NAME);
                    } else if (tokens.get(i).folded().equals(surname) && surname.length() >= 4
                            && (i + 1 >= tokens.size() || !tokens.get(i + 1).capitalized()
                            || !Tokenizer.joinable(text, tokens.get(i), tokens.get(i + 1)))) {
                        boolean titled = i > 0 && honorifics.contains(tokens.get(i - 1).folded());
                        addFound(person, i, i, titled ? Mention.Kind.TITLE : Mention.Kind.SURNAME);
                    }
                }
            }
        }

        private boolean allFree(int first, int last) {
            for (int k = first; k <= last; k++) {
                if (covered[k]) {
                    return false;
                }
            }
            return true;
        }

        private void addFound(Found f, int first, int last, Mention.Kind kind) {
            Span span = new Span(tokens.get(first).start(), tokens.get(last).end());
            f.add(new Mention(span, span.of(text), kind));
            claim(f, first, last);
        }

        /** "State Customs Committee", "Ministry of Foreign Affairs of Lakeland": capitalised runs with an org cue. */
        private void findOrganizationsFromContext() {
            int i = 0;
            while (i < tokens.size()) {
                boolean countryWord = owner[i] != null && owner[i].entity instanceof Country;
                if (!tokens.get(i).capitalized() || (covered[i] && !countryWord && !startsOrg(i))) {
                    i++;
                    continue;
                }
                int end = i;
                int lastHead = -1;
                while (end < tokens.size()) {
                    Token t = tokens.get(end);
                    boolean connector = CONNECTORS.contains(t.folded()) && end > i && nextCapitalized(end);
                    if (!(t.capitalized() || connector)
                            || (end > i && !Tokenizer.joinable(text, tokens.get(end - 1), t))
                            || (connector && t.folded().equals("and") && lastHead >= 0)
                            || (owner[end] != null && owner[end].type == EntityType.PERSON)) {
                        break;
                    }
                    if (orgHeads.contains(t.folded()) && t.capitalized()) {
                        lastHead = end;
                    }
                    end++;
                }
                int first = i;
                while (first < end && (ORG_STOP.contains(tokens.get(first).folded())
                        || CONNECTORS.contains(tokens.get(first).folded()))) {
                    first++;
                }
                boolean started = startsOrg(first);
                int last = started ? end - 1 : lastHead;
                boolean titleFollows = last >= 0 && last + 1 < tokens.size() && isTitleWord(tokens.get(last + 1).folded())
                        && tokens.get(last + 1).capitalized();
                if (last > first && !titleFollows && !allCovered(first, last) && !personLike(first, last)) {
                    Span span = new Span(tokens.get(first).start(), tokens.get(last).end());
                    String name = span.of(text);
                    String id = "new:org:" + slug(name);
                    Found f = found.computeIfAbsent(id, k -> new Found(null, id, EntityType.ORGANIZATION, name, null, null, null));
                    f.add(new Mention(span, name, Mention.Kind.CONTEXT));
                }
                i = Math.max(end, i + 1);
            }
        }

        /** True when a capitalised word follows, at most one more connector away ("of the Republic"). */
        private boolean nextCapitalized(int index) {
            for (int k = index + 1; k < tokens.size() && k <= index + 2; k++) {
                if (tokens.get(k).capitalized()) {
                    return true;
                }
                if (!CONNECTORS.contains(tokens.get(k).folded())) {
                    return false;
                }
            }
            return false;
        }

        private boolean startsOrg(int i) {
            for (List<String> start : orgStarts) {
                if (wordsAt(i, start)) {
                    return true;
                }
            }
            return false;
        }

        private boolean allCovered(int first, int last) {
            for (int k = first; k <= last; k++) {
                if (!covered[k]) {
                    return false;
                }
            }
            return true;
        }

        private boolean personLike(int first, int last) {
            for (int k = first; k <= last; k++) {
                if (owner[k] != null && owner[k].type == EntityType.PERSON) {
                    return true;
                }
            }
            return false;
        }

        private void addKb(KbEntity entity, int first, int last, Mention.Kind kind) {
            Span span = new Span(tokens.get(first).start(), tokens.get(last).end());
            String country = switch (entity) {
                case Person p -> p.country();
                case Place p -> p.country();
                case Country c -> null;
                case KbEntity.Organization o -> null;
            };
            String iso2 = entity instanceof Country c ? c.iso2() : null;
            String role = entity instanceof Person p ? roleOf(p) : null;
            Found f = found.computeIfAbsent(entity.id(), k -> new Found(entity, entity.id(), entity.type(),
                    entity.name(), country, iso2, role));
            f.add(new Mention(span, span.of(text), kind));
            claim(f, first, last);
        }

        private void claim(Found f, int first, int last) {
            for (int t = first; t <= last; t++) {
                covered[t] = true;
                owner[t] = f;
                mentionLast[t] = last;
            }
        }

        private String roleOf(Person p) {
            for (KbEntity.Office o : p.offices()) {
                if (o.heldOn(date)) {
                    return o.title();
                }
            }
            return null;
        }

        private Entry best(Match m, EntryKind kind) {
            Entry chosen = null;
            for (Entry e : m.entries()) {
                if (e.kind() == kind && (chosen == null || priority(e.entity()) < priority(chosen.entity()))) {
                    chosen = e;
                }
            }
            return chosen;
        }
    }

    /** Where one surface names several kinds of entity, a country wins over a place, a place over the rest. */
    private static int priority(KbEntity e) {
        return switch (e) {
            case Country c -> 0;
            case Person p -> 1;
            case KbEntity.Organization o -> 2;
            case Place p -> 3;
        };
    }

    /** Longest matches win; among equals, the earlier. */
    private static List<Match> chooseNonOverlapping(List<Match> matches) {
        List<Match> sorted = new ArrayList<>(matches);
        sorted.sort((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.first() - b.first());
        Set<Integer> taken = new HashSet<>();
        List<Match> chosen = new ArrayList<>();
        for (Match m : sorted) {
            boolean free = true;
            for (int t = m.first(); t <= m.last() && free; t++) {
                free = !taken.contains(t);
            }
            if (free) {
                for (int t = m.first(); t <= m.last(); t++) {
                    taken.add(t);
                }
                chosen.add(m);
            }
        }
        chosen.sort((a, b) -> a.first() - b.first());
        return chosen;
    }

    /** An entity being collected during one run. */
    private static final class Found {
        private final KbEntity entity;
        private final String id;
        private final EntityType type;
        private final String name;
        private final String country;
        private final String iso2;
        private final String role;
        private final List<Mention> mentions = new ArrayList<>();

        Found(KbEntity entity, String id, EntityType type, String name, String country, String iso2, String role) {
            this.entity = entity;
            this.id = id;
            this.type = type;
            this.name = name;
            this.country = country;
            this.iso2 = iso2;
            this.role = role;
        }

        void add(Mention m) {
            for (Mention existing : mentions) {
                if (existing.span().equals(m.span())) {
                    return;
                }
            }
            mentions.add(m);
        }

        TaggedEntity toEntity() {
            List<Mention> sorted = new ArrayList<>(mentions);
            sorted.sort((a, b) -> a.span().compareTo(b.span()));
            return new TaggedEntity(id, type, name, country, iso2, role, sorted);
        }
    }

    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    private static Set<String> folded(List<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(Fold.fold(w)));
        return out;
    }

    private static List<String> words(String phrase) {
        return Tokenizer.tokenize(phrase).stream().map(Token::folded).toList();
    }

    static String slug(String name) {
        return Fold.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase(Locale.ROOT);
    }
}
