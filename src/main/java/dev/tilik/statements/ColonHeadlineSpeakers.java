package dev.tilik.statements;

/**
 * Where a headline's {@code X: claim} names its speaker when the plain reading ({@link HeadlineAttributions#headlineColon}:
 * every word from the start or a comma to the colon capitalised, at most four) does not: the speaker after a long
 * clause set off by a comma ("Kurator Absen dari Rapat Soal Nasib Buruh, Wamen: Tak Ada PHK"), and the speaker
 * followed by what the words are about, opened by a lower-case clause opener ("Rina soal Banjir Kota: Kami Siaga").
 */
final class ColonHeadlineSpeakers {
    /** Most words before a headline's colon that may name its speaker, as {@link HeadlineAttributions}. */
    static final int SPEAKER_WORDS = 4;
    /** Most tokens the topic after a clause opener may hold before the colon ("soal PDN Diserang"). */
    static final int TOPIC_TOKENS = 6;
    /** How far into a headline its colon may stand when a comma sets the speaker off from the clause before it. */
    static final int CLAUSE_REACH = 24;

    private final PhraseMatcher<String> clauseOpeners;

    /** @param clauseOpeners the language's clause openers ("soal", "terkait", "tentang"); one matched lower-case opens a topic */
    ColonHeadlineSpeakers(PhraseMatcher<String> clauseOpeners) {
        this.clauseOpeners = clauseOpeners;
    }

    /**
     * The token range {@code [from, to)} of the speaker of the headline {@code s} whose first colon stands at
     * {@code colon}, or null: the capitalised words from the sentence's start or a comma up to a lower-case clause
     * opener whose topic runs to the colon, or up to the colon itself when a comma sets them off from a long clause.
     */
    int[] speaker(Sentence s, int colon) {
        int from = colon;
        while (from > 0 && !s.token(from - 1).is(",")) {
            from--;
        }
        if (from == colon) {
            return null;
        }
        int to = capitalisedRun(s, from, colon);
        if (to == colon) {
            return from > 0 && colon - from <= SPEAKER_WORDS && colon <= CLAUSE_REACH ? new int[] {from, colon} : null;
        }
        Token opener = s.token(to);
        boolean topic = to > from && to - from <= SPEAKER_WORDS && opener.isWord() && !opener.isCapitalized()
                && colon - to <= TOPIC_TOKENS && clauseOpeners.at(s.tokens(), to, colon).isPresent();
        return topic ? new int[] {from, to} : null;
    }

    /** The end of the run of capitalised words from {@code from}, at most {@code limit}. */
    private static int capitalisedRun(Sentence s, int from, int limit) {
        int i = from;
        while (i < limit && s.token(i).isWord() && s.token(i).isCapitalized()) {
            i++;
        }
        return i;
    }
}
