package dev.tilik.findings;

import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import dev.tilik.rules.NumberWords;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One quotation two outlets print word for word but for a figure, within {@link MisreportDetector#MATTER_DAYS}
 * days (a press conference reported that day and the next) ("ada satu orang meninggal,
 * tujuh orang terluka" / "… tiga orang terluka"): one of them has the speaker's figure wrong. Quotations
 * are keyed by their words with every figure — a run of digits or number words (the languages' {@code numbers.words}, {@link NumberWords}),
 * "sembilan belas" — blanked, so only quotations that are the same words meet, never every pair; two that meet from different
 * articles, dated at most that many days apart, with a figure that differs are a misreport. The speakers are not compared:
 * the same words credited to two people are the attribution detector's, and one figure changed is a
 * misreport whoever the copy names. The same words a week apart may carry a count that moved.
 */
final class QuotedFigures {
    private static final String WHY = "Outlets disagree about what the speaker said: the same quotation, the same "
            + "day, cannot have held both figures. Check the speaker's own words (a recording, the original wire "
            + "copy) before repeating either figure.";

    private QuotedFigures() {
    }

    static List<Finding> detect(Story story, int minWords) {
        NumberWords numberWords = story.numberWords();
        YearResolver years = new YearResolver(story);
        Map<String, List<Voice>> bySkeleton = new LinkedHashMap<>();
        for (Voice v : story.voices()) {
            if (!v.statement().quote() || v.headline()) {
                continue;
            }
            List<String> words = Normal.wordList(v.claimText());
            if (words.size() >= minWords && words.stream().anyMatch(w -> figure(w, numberWords))) {
                bySkeleton.computeIfAbsent(skeleton(words, numberWords), k -> new ArrayList<>()).add(v);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (List<Voice> same : bySkeleton.values()) {
            misprinted(story, same, years, numberWords).ifPresent(out::add);
        }
        return out;
    }

    /** A quotation's words with each run of figure words ("sembilan belas", "1 500") as one "#". */
    private static String skeleton(List<String> words, NumberWords numberWords) {
        StringBuilder out = new StringBuilder();
        boolean inFigure = false;
        for (String w : words) {
            boolean f = figure(w, numberWords);
            if (!(f && inFigure)) {
                out.append(out.length() == 0 ? "" : " ").append(f ? "#" : w);
            }
            inFigure = f;
        }
        return out.toString();
    }

    /** The figures a quotation gives, in order, as written ("tujuh", "sembilan belas", "1 500"), a run each. */
    private static List<String> figures(Voice v, NumberWords numberWords) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String w : Normal.wordList(v.claimText())) {
            if (figure(w, numberWords)) {
                run.append(run.length() == 0 ? "" : " ").append(w);
            } else if (run.length() > 0) {
                runs.add(run.toString());
                run.setLength(0);
            }
        }
        if (run.length() > 0) {
            runs.add(run.toString());
        }
        return runs;
    }

    /**
     * True when two quotations of one skeleton give another figure somewhere: two runs of digits that differ
     * ("1 500" and "1500" do not), or two runs of number words that differ. A figure in digits against one in
     * words ("2", "dua") is the same figure written two ways, never a difference.
     */
    static boolean differ(List<String> a, List<String> b) {
        for (int i = 0; i < a.size() && i < b.size(); i++) {
            boolean da = digits(a.get(i));
            boolean db = digits(b.get(i));
            if (da && db ? !a.get(i).replace(" ", "").equals(b.get(i).replace(" ", ""))
                    : !da && !db && !a.get(i).equals(b.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean digits(String run) {
        return run.chars().allMatch(c -> c == ' ' || Character.isDigit(c));
    }

    /**
     * A misreport when the quotations of one skeleton give two sets of figures, from different articles
     * dated close to the first: the first article's figures on one side, every other on the other.
     */
    private static Optional<Finding> misprinted(Story story, List<Voice> same, YearResolver years, NumberWords numberWords) {
        if (same.size() < 2) {
            return Optional.empty();
        }
        Voice first = same.get(0);
        List<String> figures = figures(first, numberWords);
        Optional<LocalDate> day = years.dateOf(first);
        List<Voice> side0 = new ArrayList<>();
        List<Voice> side1 = new ArrayList<>();
        Set<String> files0 = new TreeSet<>();
        for (Voice v : same) {
            Optional<LocalDate> at = years.dateOf(v);
            if (day.isEmpty() || at.isEmpty()
                    || Math.abs(ChronoUnit.DAYS.between(day.get(), at.get())) > MisreportDetector.MATTER_DAYS) {
                continue;
            }
            if (!differ(figures, figures(v, numberWords))) {
                side0.add(v);
                files0.add(v.fileName());
            } else {
                side1.add(v);
            }
        }
        side1.removeIf(v -> files0.contains(v.fileName()));
        if (side1.isEmpty()) {
            return Optional.empty();
        }
        Voice other = side1.get(0);
        String topic = first.topicGroup() != null ? first.topicGroup() : other.topicGroup();
        String title = "One quotation, two figures: \u201C" + String.join(", ", figures) + "\u201D (" + first.fileName()
                + ") vs \u201C" + String.join(", ", figures(other, numberWords)) + "\u201D (" + other.fileName() + ")";
        String explanation = first.fileName() + " quotes " + first.statement().speaker() + ": " + Names.excerpt(first)
                + "; " + other.fileName() + " quotes " + other.statement().speaker() + " in the same words but for the "
                + "figures: " + Names.excerpt(other) + ". " + WHY;
        return Optional.of(Sides.clustered(List.of(MisreportDetector.RULE, "figures", first.fileName(),
                        Normal.text(first.claimText())), FindingType.MISREPORT, Severity.HIGH, MisreportDetector.RULE,
                topic, title, explanation, Sides.ordered(side0, story.names()), Sides.ordered(side1, story.names())));
    }

    /** A word that writes a figure: digits, or a number word of the rules. */
    private static boolean figure(String word, NumberWords numberWords) {
        return !word.isEmpty() && (word.chars().allMatch(Character::isDigit) || numberWords.contains(word));
    }
}
