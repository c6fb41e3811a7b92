package dev.tilik.findings;

import dev.tilik.rules.PartyRules;
import dev.tilik.statements.Stance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** How explanations name parties, speakers, stances and articles. */
final class Names {
    private static final int MAX_LISTED = 3;
    private static final int EXCERPT = 140;

    private final PartyRules parties;
    private final Set<String> aliases = new java.util.HashSet<>();
    private final Map<String, Boolean> bare = new java.util.concurrent.ConcurrentHashMap<>();

    Names(PartyRules parties) {
        this.parties = parties;
        for (PartyRules.Party p : parties.parties().values()) {
            p.aliases().forEach(a -> aliases.add(Normal.text(a)));
            aliases.add(Normal.text(p.name()));
        }
        parties.parties().keySet().forEach(id -> aliases.add(Normal.text(id)));
    }

    /** True when a speaker is only a party's name ("Korut", "Seoul"), not a person or body. */
    boolean isBareParty(String speaker) {
        return bare.computeIfAbsent(speaker, s -> aliases.contains(Normal.text(s)));
    }

    /** Display name of the parties voices speak for: "North Korea", "South Korea and United States". */
    String parties(Collection<Voice> voices) {
        Set<String> ids = new TreeSet<>();
        Set<String> unaffiliated = new TreeSet<>();
        for (Voice v : voices) {
            if (v.statement().party() == null || v.statement().party().isBlank()) {
                unaffiliated.add(v.statement().speaker());
            } else {
                ids.addAll(Coalitions.members(v.statement()));
            }
        }
        List<String> out = new ArrayList<>();
        ids.forEach(id -> out.add(party(id)));
        out.addAll(unaffiliated);
        return join(out);
    }

    String party(String id) {
        Map<String, PartyRules.Party> all = parties.parties();
        return all.containsKey(id) ? all.get(id).name() : id;
    }

    /** Distinct speakers as written, the first few: "Pyongyang, Kim Jong Gyu and 2 more". */
    String speakers(Collection<Voice> voices) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (Voice v : voices) {
            if (seen.add(v.speakerKey())) {
                out.add(v.statement().speaker());
            }
        }
        if (out.size() > MAX_LISTED) {
            int more = out.size() - MAX_LISTED;
            List<String> head = new ArrayList<>(out.subList(0, MAX_LISTED));
            head.add(more + " more");
            return join(head);
        }
        return join(out);
    }

    /** Distinct articles, the first few. */
    String files(Collection<Voice> voices) {
        List<String> out = voices.stream().map(Voice::fileName).distinct().sorted().toList();
        if (out.size() > MAX_LISTED) {
            List<String> head = new ArrayList<>(out.subList(0, MAX_LISTED));
            int more = out.size() - MAX_LISTED;
            head.add(more + (more == 1 ? " more article" : " more articles"));
            return join(head);
        }
        return join(out);
    }

    /** What a stance does, as a verb phrase for a singular subject. */
    static String verb(Stance s) {
        return verb(s, false);
    }

    /** What a stance does, as a verb phrase for a singular or plural subject. */
    static String verb(Stance s, boolean plural) {
        String v = switch (s) {
            case DENY -> "denies it";
            case ASSERT -> "asserts it";
            case CONFIRM -> "confirms it";
            case CONDITIONAL -> "answers with a conditional";
            case HEDGE -> "hedges";
            case NO_COMMENT -> "neither confirms nor denies";
            case OTHER -> "comments";
        };
        if (!plural) {
            return v;
        }
        return switch (s) {
            case DENY -> "deny it";
            case ASSERT -> "assert it";
            case CONFIRM -> "confirm it";
            case CONDITIONAL -> "answer with a conditional";
            case HEDGE -> "hedge";
            case NO_COMMENT -> "neither confirm nor deny";
            case OTHER -> "comment";
        };
    }

    /** The stances of a side, as one verb phrase: "assert or confirm it". */
    static String verbs(Collection<Voice> voices, boolean plural) {
        List<Stance> stances = voices.stream().map(v -> v.statement().stance()).distinct().sorted().toList();
        List<String> phrases = stances.stream().map(st -> verb(st, plural)).toList();
        return String.join(" or ", phrases).replace(" it or ", " or ");
    }

    /** True when the parties of {@code voices} are named as several (a plural subject). */
    boolean plural(Collection<Voice> voices) {
        return parties(voices).contains(" and ");
    }

    /** A claim shortened for reading aloud, in quotes. */
    static String excerpt(Voice v) {
        String t = v.claimText().replaceAll("\\s+", " ").strip();
        if (t.length() > EXCERPT) {
            int cut = t.lastIndexOf(' ', EXCERPT);
            t = t.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + "…";
        }
        return "\u201C" + t + "\u201D";
    }

    static String statements(int n) {
        return n == 1 ? "1 statement" : n + " statements";
    }

    static String join(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
