package dev.tilik.findings;

import dev.tilik.model.Stance;
import dev.tilik.rules.PartyRules;
import dev.tilik.statements.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** How explanations name parties, speakers, stances and articles. */
final class Names {
    private static final int MAX_LISTED = 3;
    private static final int EXCERPT = 140;
    private static final int MIN_CLAIM_WORDS = 4;
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:]+$");

    private final PartyRules parties;
    private final Set<String> aliases = new java.util.HashSet<>();
    private final Map<String, Boolean> bare = new java.util.concurrent.ConcurrentHashMap<>();
    /** {@link Lead}'s verdicts per voice: a side's lead is sought among all its voices, finding after finding. */
    private final Map<Voice, Integer> speakerRanks = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Voice, Boolean> ownParty = new java.util.concurrent.ConcurrentHashMap<>();
    /** {@link Normal#words} of each speaker key listed ({@link #speakers}), worked out once per key. */
    private final Map<String, String> speakerWords = new java.util.concurrent.ConcurrentHashMap<>();

    private final Predicate<String> generic;

    Names(PartyRules parties) {
        this(parties, s -> false);
    }

    /** @param generic true for a speaker phrase that opens with a generic word ("Seorang pejabat …") */
    Names(PartyRules parties, Predicate<String> generic) {
        this.parties = parties;
        this.generic = generic;
        for (PartyRules.Party p : parties.parties().values()) {
            p.aliases().forEach(a -> aliases.add(Normal.text(a)));
            aliases.add(Normal.text(p.name()));
        }
        parties.parties().keySet().forEach(id -> aliases.add(Normal.text(id)));
    }

    /** True when a speaker is generic and unnamed ("Seorang pejabat militer Rusia", "a ministry spokesman"). */
    boolean isGeneric(String speaker) {
        return generic.test(speaker);
    }

    /** {@link Lead#speaker} of {@code v}, worked out once per voice. */
    int speakerRank(Voice v) {
        return speakerRanks.computeIfAbsent(v, x -> Lead.speaker(x, this));
    }

    /** {@link #namesOwnParty(Statement)} of a voice's statement, worked out once per voice. */
    boolean namesOwnParty(Voice v) {
        return ownParty.computeIfAbsent(v, x -> namesOwnParty(x.statement()));
    }

    /** True when a speaker is only a party's name ("Korut", "Seoul"), not a person or body. */
    boolean isBareParty(String speaker) {
        return bare.computeIfAbsent(speaker, s -> aliases.contains(Normal.text(s)));
    }

    /**
     * True when the speaker phrase names (an alias of) the statement's own party as a whole word:
     * "Badan intelijen Korsel" for ROK; not "Wakil Menteri urusan Rusia" for DPRK. Aliases in
     * capitals match only in capitals.
     */
    boolean namesOwnParty(Statement s) {
        if (s.party() == null || s.party().isBlank()) {
            return false;
        }
        for (String id : Coalitions.members(s)) {
            PartyRules.Party p = parties.parties().get(id);
            if (p != null && p.aliases().stream().anyMatch(a -> containsWord(s.speaker(), a))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code word} occurs in {@code text} as a whole word; an empty word occurs nowhere. */
    static boolean containsWord(String text, String word) {
        boolean caps = word.chars().noneMatch(Character::isLowerCase);
        String t = caps ? text : text.toLowerCase(Locale.ROOT);
        String w = caps ? word : word.toLowerCase(Locale.ROOT);
        return dev.tilik.text.Chars.hasWord(t, w, Character::isLetterOrDigit);
    }

    /**
     * Display name of the parties voices speak for: "North Korea", "South Korea and United States". More
     * than {@value #MAX_LISTED} are read aloud as the {@value #MAX_LISTED} with the most statements and a
     * count ("Puspen, TNI AD, warga and 12 others"): a side of fifteen parties named one by one is a
     * line no one reads to its verb.
     */
    String parties(Collection<Voice> voices) {
        Set<String> ids = new TreeSet<>();
        // a speaker written with a capital opening one sentence and without it inside another is one name
        // ("Sebuah akun di Instagram and sebuah akun di Instagram assert it" read as two sources): the first
        // spelling met stands for both
        TreeSet<String> unaffiliated = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Voice v : voices) {
            if (v.statement().party() == null || v.statement().party().isBlank()) {
                String speaker = v.statement().speaker();
                unaffiliated.add(speaker);
                counts.merge(unaffiliated.floor(speaker), 1, Integer::sum);
            } else {
                for (String id : Coalitions.members(v.statement())) {
                    ids.add(id);
                    counts.merge(party(id), 1, Integer::sum);
                }
            }
        }
        List<String> out = new ArrayList<>();
        ids.forEach(id -> out.add(party(id)));
        out.addAll(unaffiliated);
        if (out.size() > MAX_LISTED) {
            List<String> most = new ArrayList<>(out);
            most.sort(java.util.Comparator.comparing((String p) -> -counts.getOrDefault(p, 0)));
            List<String> head = new ArrayList<>(most.subList(0, MAX_LISTED));
            head.add(dev.tilik.text.Counted.of(out.size() - MAX_LISTED, "other")); // "and 1 other", never "1 others"
            return join(head);
        }
        return join(out);
    }

    /** True for a party the rules know (world knowledge), false for one named by the text itself. */
    boolean isKnownParty(String id) {
        return parties.parties().containsKey(id);
    }

    String party(String id) {
        Map<String, PartyRules.Party> all = parties.parties();
        return all.containsKey(id) ? all.get(id).name() : id;
    }

    /**
     * Distinct speakers as written, the first few: "Pyongyang, Kim Jong Gyu and 2 more". A speaker
     * whose words hold, or are held by, one already listed ("Wakil Menteri …, Kim Jong Gyu" after
     * "Kim Jong Gyu") is the same person and not listed again.
     */
    String speakers(Collection<Voice> voices) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (Voice v : voices) {
            String k = " " + speakerWords.computeIfAbsent(v.speakerKey(), Normal::words) + " ";
            boolean again = seen.stream().anyMatch(s -> s.contains(k) || k.contains(s));
            if (seen.add(k) && !again) {
                out.add(capitalise(v.statement().speaker()));
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
        String parties = parties(voices);
        return parties.contains(" and ") || pluralNoun(parties);
    }

    /**
     * True when a name is an English plural common noun ("fire officials", "local residents", "the police"): a
     * party-less speaker written as a group takes a plural verb ("fire officials assert it"). Only a last word in
     * lower case with an ending no Indonesian word has, so a proper name ("Kementerian BUMN", "Polres") and an
     * Indonesian noun ("petugas", "warga") stay singular.
     */
    static boolean pluralNoun(String name) {
        String[] words = name.strip().split(" ");
        // one word may open its sentence with a capital ("Authorities"); a last word of several never does
        String last = words.length == 1 && !words[0].isEmpty() ? words[0].substring(1) : words[words.length - 1];
        if (!last.equals(last.toLowerCase(java.util.Locale.ROOT)) || !last.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String word = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        return PLURAL_NOUNS.contains(word) || word.length() > 4 && PLURAL_ENDINGS.stream().anyMatch(word::endsWith);
    }

    /** English plurals with no -s ending of their own. */
    private static final Set<String> PLURAL_NOUNS = Set.of("police", "people");

    /** Endings of English plural nouns ("officials", "officers", "residents", "authorities") that no Indonesian word has. */
    private static final List<String> PLURAL_ENDINGS = List.of("ials", "ers", "ors", "ents", "ants", "ists", "ians",
            "ies", "ees");

    /**
     * A claim shortened for reading aloud, in quotes. A claim of fewer than {@value #MIN_CLAIM_WORDS}
     * words ("Klaim ini", a bare reference) says nothing alone: its whole sentence is quoted instead.
     */
    static String excerpt(Voice v) {
        String t = Normal.spaces(v.quotedText());
        if (t.split(" ").length < MIN_CLAIM_WORDS) {
            t = Normal.spaces(v.sentenceText());
        }
        t = TRAILING_PUNCTUATION.matcher(t).replaceAll("");
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
