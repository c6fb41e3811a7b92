package dev.tilik.statements;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The places a claim names: the capitalised words right after one of the rules' place markers ("di Sukamaju", "di
 * Kabupaten Sukamaju Barat", "in Wetan Province"), up to {@link #RUN} of them, and a capitalised marker itself
 * ("Kabupaten"), each by its key. A place says where a claim is made, not who acted: {@link Propositions} gathers the
 * places of every claim of the folder, and {@link ActorPropositions#notPlaces} takes no name made of them for an accused
 * actor ("Pemerintah Kabupaten Sukamaju" against "tiga orang meninggal di Kabupaten Sukamaju"). Places stay keys of the
 * claims' words: the clustering relies on them (docs/ACCURACY.md, branch h24pp24, measured dropping them). A run
 * opening with a title ("di Kementerian Kesehatan") is a body, not a place.
 */
final class PlaceWords {
    /** Most capitalised words one place name runs to after its marker. */
    private static final int RUN = 3;

    private PlaceWords() {
    }

    /** The keys of the places {@code t} names. */
    static Set<String> in(List<Token> t, ContentWords content, Lexicon lex) {
        Set<String> out = new TreeSet<>();
        for (int i = 0; i + 1 < t.size(); i++) {
            Token marker = t.get(i);
            if (!marker.isWord() || !lex.placeMarkers.contains(marker.lower()) || lex.titles.at(t, i + 1).isPresent()) {
                continue;
            }
            int k = i + 1;
            while (k < t.size() && k <= i + RUN && placeLike(t.get(k), content)) {
                out.add(content.key(t.get(k)));
                k++;
            }
            if (k > i + 1 && marker.isCapitalized() && content.isContent(marker)) {
                out.add(content.key(marker));
            }
        }
        return out;
    }

    private static boolean placeLike(Token x, ContentWords content) {
        return x.isWord() && x.isCapitalized() && content.isContent(x) && !x.text().equals(x.text().toUpperCase(java.util.Locale.ROOT));
    }
}
