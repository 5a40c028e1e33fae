package io.touchpoint.text.quality;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates shared/data: beside the repository ({@code ../shared/data} from the repo root, so {@code ../../shared/data}
 * from this module), as CI lays it out. Tests that need it are skipped when it is absent.
 */
final class QualityData {

    private QualityData() {
    }

    static Path file(String relative) {
        Path base = Path.of("../../shared/data");
        Path f = base.resolve(relative);
        assumeTrue(Files.isReadable(f), "shared data not found: " + f.toAbsolutePath().normalize());
        return f;
    }
}
