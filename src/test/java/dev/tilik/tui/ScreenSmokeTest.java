package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScreenSmokeTest {
    @Test
    void showsFirstFinding() throws Exception {
        try (VirtualRun run = new VirtualRun(80, 24, new FixtureBackend())) {
            run.await("loaded", AppState::isLoaded);
            assertThat(run.screen()).contains("Finding 1/5");
        }
    }
}
