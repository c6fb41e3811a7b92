package dev.tilik.findings;

import java.util.List;

/** One kind of check over a story. Pure: the same story gives the same findings. */
interface Detector {
    List<Finding> detect(Story story);
}
