package dev.tilik.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A body's full name in a speaker phrase for {@link Institutions}: its numbered unit written before it ("Komisi III DPR")
 * and the region or company written after it ("Dinkes Subang", "SPW Sintek").
 */
final class BodyNames {
    /** How many words after an institution may name its region. */
    private static final int MAX_REGION_WORDS = 2;

    private final Institutions.Words words;
    private final Acronyms acronyms;
    private final Set<String> places;
    private final Offices heads;
    private final CompanyNames companies;
    private final ForceUnits forces;

    BodyNames(Institutions.Words words, Acronyms acronyms, Set<String> places, Offices heads, CompanyNames companies, ForceUnits forces) {
        this.words = words;
        this.acronyms = acronyms;
        this.places = places;
        this.heads = heads;
        this.companies = companies;
        this.forces = forces;
    }

    /** The body {@code name} whose name starts at token {@code at} and ends before {@code end}, with its numbered unit and region. */
    String named(List<Token> t, int at, String name, int end) {
        String force = forces.named(t, at, name, end);
        if (!force.equals(name)) {
            return force; // a unit of a force, or a force's branch ({@link ForceUnits}): no region after it is read
        }
        return withRegion(numberedUnit(t, at) + name, t, end);
    }

    /**
     * The institution with the region named right after it, if any: a place word of the folder, or a
     * place the folder defines a short form for ("Polda Jawa Barat" → "Polda Jabar"); a place marker
     * ("Kabupaten") and the institution's own short form in parentheses are passed over ("Dinas
     * Kesehatan (Dinkes) Kabupaten Subang" → "Dinkes Subang").
     */
    private String withRegion(String id, List<Token> t, int from) {
        String company = companies.unitAfter(t, from);
        if (company != null) {
            return id + " " + company;
        }
        if (from < t.size() && (unitNumber(t.get(from)) || Institutions.territorialNumber(t.get(from).text()))
                && (from + 1 >= t.size() || !t.get(from + 1).is(".") && (!t.get(from + 1).is("/") || placeAfterSlash(t, from + 1)))) {
            id = id + " " + t.get(from).text();
            from += from + 1 < t.size() && t.get(from + 1).is("/") ? 2 : 1;
        }
        List<String> region = new ArrayList<>();
        for (int i = from; i < t.size() && region.size() < MAX_REGION_WORDS; i++) {
            Token x = t.get(i);
            if (x.is("(") && i + 2 < t.size() && t.get(i + 2).is(")") && region.isEmpty()) {
                i += 2;
                continue;
            }
            if (x.is(")") && i == from) {
                continue;
            }
            if (x.isWord() && words.placeMarkers().contains(x.lower()) && x.isCapitalized() && region.isEmpty()) {
                continue;
            }
            Optional<Map.Entry<String, Integer>> m = acronyms.at(t, i);
            if (m.isPresent() && heads.isPlace(m.get().getKey())) {
                region.add(m.get().getKey());
                break;
            }
            if (!x.isWord() || !places.contains(x.text()) || id.endsWith(x.text())) {
                break;
            }
            region.add(x.text());
        }
        return region.isEmpty() ? id : id + " " + heads.canonical(region);
    }

    /**
     * The numbered unit of a body written right before the body's name ("Komisi III" in "Ketua Komisi III DPR"), with a
     * space after it: a committee or a unit speaks for itself, not for the whole body; "" when there is none. A numbered
     * territory of the body ("Wilayah V KPK", a place marker) is where its people work, not a unit speaking: the body speaks.
     */
    private String numberedUnit(List<Token> t, int at) {
        if (at < 2 || !unitNumber(t.get(at - 1)) && !Institutions.roman(t.get(at - 1))) {
            return "";
        }
        Token unit = t.get(at - 2);
        boolean noun = unit.isWord() && !unit.isNumber() && unit.isCapitalized() && !FolderNames.isAcronym(unit)
                && !words.roles().contains(unit.lower()) && !words.titles().contains(unit.lower()) && !places.contains(unit.text())
                && !words.placeMarkers().contains(unit.lower());
        return noun ? unit.text() + " " + t.get(at - 1).text() + " " : "";
    }

    /**
     * A slash at {@code slash} joins a unit's number to the name of its territory, a capitalised word ("Kodim 0712/Lereng",
     * "Koramil 03/Wetan"), not to a figure ("4/5"): the unit is that territory's, written with a space ("Kodim 0712 Lereng").
     */
    private static boolean placeAfterSlash(List<Token> t, int slash) {
        return slash + 1 < t.size() && t.get(slash + 1).isWord() && !t.get(slash + 1).isNumber() && t.get(slash + 1).isCapitalized();
    }

    /** A unit's number as a name writes it ("SMKN 4", "Komisi 3"): one or two digits, never a year or a date. */
    private static boolean unitNumber(Token x) {
        return x.isWord() && x.text().length() <= 2 && x.text().chars().allMatch(Character::isDigit);
    }
}
