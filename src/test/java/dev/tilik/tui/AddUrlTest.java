package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Finding;
import dev.tilik.review.Verdict;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** u: a URL prompt; the article arrives in the background and the reader keeps its place and every verdict. */
class AddUrlTest {
    private static Analysis without(Predicate<Finding> gone) {
        Analysis a = Fixture.analysis();
        return new Analysis(a.folder(), a.rules(), a.articles(),
                a.findings().stream().filter(gone.negate()).toList(), a.problems());
    }

    @Test
    void enterAsksForTheFetchAndNothingElseChangesUntilItArrives() {
        Drive d = Drive.loaded();
        d.press("n", "u");
        assertThat(d.state.mode()).isEqualTo(Mode.URL_INPUT);
        d.press("https://berita.example/a?x=1", "Enter");
        assertThat(d.effects(Effect.AddUrl.class)).extracting(Effect.AddUrl::url)
                .containsExactly("https://berita.example/a?x=1");
        assertThat(d.state.mode()).isEqualTo(Mode.READER);
        assertThat(d.findingId()).isEqualTo("f-denyassert");
        assertThat(d.state.status()).startsWith("adding https://berita.example/a?x=1");
        d.send(new Msg.AddProgressed("https://berita.example/a?x=1", "analysing 3/40"));
        assertThat(d.state.status()).isEqualTo("adding: analysing 3/40");
    }

    @Test
    void aPromptThatIsNoWebAddressAsksForNothing() {
        Drive d = Drive.loaded();
        d.press("u", "kompas.com/x", "Enter");
        assertThat(d.effects(Effect.AddUrl.class)).isEmpty();
        assertThat(d.state.status()).isEqualTo("not a web address (http or https): kompas.com/x");
        d.press("u", "Esc");
        assertThat(d.state.mode()).isEqualTo(Mode.READER);
    }

    @Test
    void theNewAnalysisKeepsThePlaceAndTheVerdictsMadeWhileItRanAndCountsTheNewFindings() {
        Drive d = new Drive(120, 40);
        d.send(new Msg.Loaded(dev.tilik.review.ReviewSession.fresh(without(f -> f.id().equals("f-weekday")))));
        d.press("n", "v", "2", "j", "j", "j");
        Nav before = d.state.nav();
        assertThat(before.findingId()).isEqualTo("f-denyassert");
        int saves = d.effects(Effect.Save.class).size();
        d.send(new Msg.Added("https://x.example/a", new Backend.Added(Fixture.analysis(), "added x.txt")));
        assertThat(d.state.nav()).isEqualTo(before);
        assertThat(d.state.session().verdict("f-denyassert")).isEqualTo(Verdict.ofDigit('2')).isNotEqualTo(Verdict.UNREVIEWED);
        assertThat(d.state.session().findings()).extracting(Finding::id).contains("f-weekday");
        assertThat(d.state.status()).isEqualTo("added x.txt: 1 new finding (l lists them)");
        assertThat(d.effects(Effect.Save.class)).hasSize(saves + 1);
        assertThat(d.effects(Effect.Save.class).get(saves).session().findings()).extracting(Finding::id).contains("f-weekday");
    }

    @Test
    void whenTheShownFindingIsGoneTheReaderGoesToTheFirstAndAFailureOrAnArticleAlreadyThereOnlySaysSo() {
        Drive d = Drive.loaded();
        d.press("n");
        d.send(new Msg.Added("u", new Backend.Added(without(f -> f.id().equals("f-denyassert")), "added y.txt")));
        assertThat(d.findingId()).isEqualTo("f-denycond");
        assertThat(d.state.status()).isEqualTo("added y.txt: no new finding");
        Nav now = d.state.nav();
        d.send(new Msg.Added("u", new Backend.Added(null, "already in the folder: y.txt")));
        assertThat(d.state.status()).isEqualTo("already in the folder: y.txt");
        d.send(new Msg.AddFailed("https://x.example/404", "HTTP 404 Not Found"));
        assertThat(d.state.status()).isEqualTo("not added: HTTP 404 Not Found (https://x.example/404)");
        assertThat(d.state.nav()).isEqualTo(now);
    }
}
