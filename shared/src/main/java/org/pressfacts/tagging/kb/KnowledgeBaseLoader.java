package org.pressfacts.tagging.kb;

import org.pressfacts.tagging.kb.KbEntity.Country;
import org.pressfacts.tagging.kb.KbEntity.Membership;
import org.pressfacts.tagging.kb.KbEntity.Office;
import org.pressfacts.tagging.kb.KbEntity.Organization;
import org.pressfacts.tagging.kb.KbEntity.Person;
import org.pressfacts.tagging.kb.KbEntity.Place;
import org.pressfacts.tagging.kb.KbEntity.Region;
import org.pressfacts.tagging.kb.KbEntity.Role;
import org.pressfacts.tagging.kb.KbEntity.SummitSeries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the knowledge base from the classpath (kb/files.txt lists the files; kb/FORMAT.md describes them) and
 * checks it: a bad line fails with file and line, never a half-loaded knowledge base.
 */
public final class KnowledgeBaseLoader {

    private static final Pattern ID = Pattern.compile("[a-z]+:[a-z0-9_.-]+");
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static volatile KnowledgeBase shared;

    private final List<KbEntity> entities = new ArrayList<>();
    private final List<Region> regions = new ArrayList<>();
    private final List<SummitSeries> summits = new ArrayList<>();
    private final List<KnowledgeBase.RoleWord> roleWords = new ArrayList<>();
    private final Map<String, List<String>> cues = new HashMap<>();
    private final Set<String> ids = new HashSet<>();

    private KnowledgeBaseLoader() {}

    /** The knowledge base of this container, loaded on first use. */
    public static KnowledgeBase shared() {
        KnowledgeBase kb = shared;
        if (kb == null) {
            synchronized (KnowledgeBaseLoader.class) {
                if (shared == null) {
                    shared = load();
                }
                kb = shared;
            }
        }
        return kb;
    }

    public static KnowledgeBase load() {
        KnowledgeBaseLoader loader = new KnowledgeBaseLoader();
        String version = loader.read("VERSION").getFirst().strip();
        for (String file : loader.read("files.txt")) {
            if (!file.isBlank() && !file.startsWith("#")) {
                loader.loadFile(file.strip());
            }
        }
        loader.checkReferences();
        return new KnowledgeBase(version, loader.entities, loader.regions, loader.summits, loader.roleWords,
                loader.cues);
    }

    private void loadFile(String file) {
        List<String> lines = read(file);
        String prefix = file.startsWith("people-") ? "people" : file.equals("fact-cues.tsv") ? "cues"
                : file.substring(0, file.indexOf('.'));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            try {
                switch (prefix) {
                    case "countries" -> entities.add(country(c));
                    case "places" -> entities.add(place(c));
                    case "organizations" -> entities.add(organization(c));
                    case "regions" -> regions.add(region(c));
                    case "summits" -> summits.add(summit(c));
                    case "roles" -> roleWords.add(roleWord(c));
                    case "cues" -> {
                        columns(c, 3);
                        cues.computeIfAbsent(c[0], k -> new ArrayList<>()).add(c[1]);
                    }
                    case "people" -> entities.add(person(c));
                    default -> throw new IllegalArgumentException("no reader for " + file);
                }
            } catch (IllegalArgumentException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
                throw new KnowledgeBaseException(file, i + 1, e.getMessage());
            }
        }
    }

    private Country country(String[] c) {
        columns(c, 9);
        return new Country(id(c[0], "country"), iso2(c[1]), c[2], c[3], opt(c[4]), list(c[5]), list(c[6]), c[7],
                Role.valueOf(c[8]));
    }

    private Place place(String[] c) {
        columns(c, 6);
        if (!Set.of("CITY", "REGION", "AREA", "SITE").contains(c[3])) {
            throw new IllegalArgumentException("unknown place kind " + c[3]);
        }
        boolean capital = !c[5].equals("no");
        String standsFor = capital && !c[5].equals("yes") ? c[5] : null;
        if (standsFor != null && !ID.matcher(standsFor).matches()) {
            throw new IllegalArgumentException("capital must be yes, no or an entity id, was " + c[5]);
        }
        return new Place(id(c[0], "place"), c[1], c[2].equals("-") ? null : iso2(c[2]), c[3], list(c[4]), capital,
                standsFor);
    }

    private Organization organization(String[] c) {
        columns(c, 5);
        List<Membership> members = new ArrayList<>();
        for (String m : list(c[4])) {
            String[] parts = m.split("@", 2);
            int since = 0;
            int until = 0;
            if (parts.length == 2) {
                String[] years = parts[1].split("-", 2);
                since = Integer.parseInt(years[0]);
                until = years.length == 2 ? Integer.parseInt(years[1]) : 0;
            }
            members.add(new Membership(iso2(parts[0]), since, until));
        }
        return new Organization(id(c[0], "org"), c[1], c[2], list(c[3]), members);
    }

    private Region region(String[] c) {
        columns(c, 4);
        return new Region(id(c[0], "region"), c[1], list(c[2]), list(c[3]).stream().map(this::iso2).toList());
    }

    private SummitSeries summit(String[] c) {
        columns(c, 4);
        return new SummitSeries(id(c[0], "summit"), c[1], opt(c[2]), list(c[3]));
    }

    private KnowledgeBase.RoleWord roleWord(String[] c) {
        columns(c, 4);
        return new KnowledgeBase.RoleWord(c[0], Role.valueOf(c[1]), c[2].equals("yes"));
    }

    private Person person(String[] c) {
        columns(c, 6);
        List<Office> offices = new ArrayList<>();
        for (String o : c[4].equals("-") ? new String[0] : c[4].split(";")) {
            String[] parts = o.strip().split(":", 4);
            if (parts.length != 4 || !parts[3].contains("..")) {
                throw new IllegalArgumentException("office must be OFFICE:SCOPE:Title:FROM..TO, was " + o);
            }
            // SCOPE is an ISO2 or an organization id, itself containing a colon ("org:un")
            String role = parts[0];
            String scope = parts[1];
            String title = parts[2];
            String dates = parts[3];
            if (scope.equals("org")) {
                String[] rest = (parts[2] + ":" + parts[3]).split(":", 3);
                scope = "org:" + rest[0];
                title = rest[1];
                dates = rest[2];
            }
            String[] range = dates.split("\\.\\.", -1);
            LocalDate from = range[0].isEmpty() ? null : LocalDate.parse(range[0]);
            LocalDate to = range.length < 2 || range[1].isEmpty() ? null : LocalDate.parse(range[1]);
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("office ends before it starts: " + o);
            }
            offices.add(new Office(Role.valueOf(role), scope, title, from, to));
        }
        return new Person(id(c[0], "person"), c[1], c[2].equals("-") ? null : iso2(c[2]), list(c[3]), offices, opt(c[5]));
    }

    /** Every membership and office scope names something that exists. */
    private void checkReferences() {
        Set<String> iso = new HashSet<>();
        for (KbEntity e : entities) {
            if (e instanceof Country country) {
                iso.add(country.iso2());
            }
        }
        for (KbEntity e : entities) {
            if (e instanceof Person p) {
                for (Office o : p.offices()) {
                    if (!(iso.contains(o.scope()) || ids.contains(o.scope()))) {
                        throw new KnowledgeBaseException(p.id() + ": office scope " + o.scope() + " is neither a country nor an organization");
                    }
                }
            }
        }
    }

    private String id(String id, String kind) {
        if (!ID.matcher(id).matches() || !id.startsWith(kind + ":")) {
            throw new IllegalArgumentException("id must look like " + kind + ":lower-case-ascii, was " + id);
        }
        if (!ids.add(id)) {
            throw new IllegalArgumentException("duplicate id " + id);
        }
        return id;
    }

    private String iso2(String code) {
        if (!ISO2.matcher(code).matches()) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + code);
        }
        return code;
    }

    private static void columns(String[] c, int expected) {
        if (c.length != expected) {
            throw new IllegalArgumentException("expected " + expected + " tab-separated columns, found " + c.length);
        }
    }

    private static String opt(String value) {
        return value.equals("-") || value.isBlank() ? null : value;
    }

    private static List<String> list(String value) {
        if (value.equals("-") || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private List<String> read(String file) {
        InputStream in = KnowledgeBaseLoader.class.getResourceAsStream("/kb/" + file);
        if (in == null) {
            throw new KnowledgeBaseException("kb/" + file + " is missing from the classpath");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
