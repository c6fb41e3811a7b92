package dev.tilik.statements;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The companies a speaker phrase names for {@link Institutions}: by a legal form ("PT Kain Wetan", "… (Persero)"), by
 * words the folder writes beside one, or as the company a body's unit or a division belongs to ("SPW PT Sintek").
 */
final class CompanyNames {
    private final Institutions.Words words;
    private final Acronyms acronyms;
    private final Set<String> places;
    /** Words of a company's name, met beside a legal form in the folder ("PT Pertamina"): never a person's name. */
    private final Set<String> companies;
    /** A short form the folder defines for a place: never a company. */
    private final Predicate<String> isPlace;

    CompanyNames(Institutions.Words words, Acronyms acronyms, Set<String> places, Set<String> companies, Predicate<String> isPlace) {
        this.words = words;
        this.acronyms = acronyms;
        this.places = places;
        this.companies = companies;
        this.isPlace = isPlace;
    }

    /** Whether {@code word} is a word of a company's name the folder writes beside a legal form. */
    boolean word(String word) {
        return companies.contains(word);
    }

    /**
     * True when {@code party} is a company: one the folder names by its legal form and short name, or a name every word
     * of which the folder writes beside a legal form ("Kain Wetan" after "PT Kain Wetan"), legal forms aside.
     */
    boolean company(String party) {
        if (acronyms.isCompany(party)) {
            return true;
        }
        List<Token> t = Tokens.of(party, 0, party.length()).stream().filter(Token::isWord).toList();
        List<Token> name = t.stream().filter(x -> !words.suffixes().contains(x.lower())).toList();
        return !name.isEmpty() && name.stream().allMatch(x -> companies.contains(x.text()));
    }

    /** The name of a company the folder marks by its legal form written after token {@code from}, the person's name aside, or null. */
    String after(List<Token> t, int from, List<String> person) {
        for (int j = from; j < t.size(); j++) {
            if (!companies.contains(t.get(j).text()) || person.contains(t.get(j).text()) || places.contains(t.get(j).text())) {
                continue;
            }
            int k = j;
            while (k < t.size() && companies.contains(t.get(k).text()) && !person.contains(t.get(k).text()) && !places.contains(t.get(k).text())) {
                k++;
            }
            return t.subList(j, k).stream().map(Token::text).collect(java.util.stream.Collectors.joining(" "));
        }
        return null;
    }

    /**
     * The company a body's unit belongs to, named right after the body (its short form in parentheses aside) by its
     * legal form and a name the folder gives it ("Serikat Pekerja Wetan (SPW) PT Sintek" → the union at Sintek,
     * "SPW Sintek"), or null.
     */
    String unitAfter(List<Token> t, int from) {
        int k = from;
        if (k + 2 < t.size() && t.get(k).is("(") && t.get(k + 2).is(")")) {
            k += 3;
        }
        if (k + 1 >= t.size() || !words.suffixes().contains(t.get(k).lower()) || words.stateForms().contains(t.get(k).lower())
                || !FolderNames.isAcronym(t.get(k))) {
            return null;
        }
        for (int n = Math.min(3, t.size() - k - 1); n >= 1; n--) {
            String name = t.subList(k + 1, k + 1 + n).stream().map(Token::text).collect(java.util.stream.Collectors.joining(" "));
            Optional<String> id = acronyms.idOf(name);
            if (id.isPresent() && !isPlace.test(id.get())) {
                return name;
            }
        }
        return null;
    }

    /** A legal form written as one ("PT …", "… (Persero)"): the phrase names a company, not a person; a state form ("RI") never does. */
    boolean legalForm(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            boolean parenthesised = i > 0 && t.get(i - 1).is("(");
            if (words.suffixes().contains(x.lower()) && !words.stateForms().contains(x.lower()) && (FolderNames.isAcronym(x) || parenthesised)) {
                return true;
            }
        }
        return false;
    }

    /** Token {@code i} is a legal form written as an acronym with a capitalised name right after it ("PT Kain Wetan"). */
    boolean legalFormAt(List<Token> t, int i) {
        Token x = t.get(i);
        return words.suffixes().contains(x.lower()) && !words.stateForms().contains(x.lower()) && FolderNames.isAcronym(x)
                && i + 1 < t.size() && t.get(i + 1).isWord() && t.get(i + 1).isCapitalized();
    }
}
