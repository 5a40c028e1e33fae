package io.touchpoint.app.shared.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code url} the app starts its own PostgreSQL keeping data in {@code dataDir}.
 *
 * @param url JDBC URL of an external PostgreSQL server (env TOUCHPOINT_DB_URL); blank for the embedded one
 * @param user user name for the external server (env TOUCHPOINT_DB_USER)
 * @param password password for the external server (env TOUCHPOINT_DB_PASSWORD)
 * @param dataDir directory of the embedded server's data (env TOUCHPOINT_DATA_DIR, default ./data)
 * @param poolSize maximum JDBC connections
 */
@ConfigurationProperties(prefix = "touchpoint.db")
public record DatabaseProperties(String url, String user, String password, Path dataDir, Integer poolSize) {

    public boolean external() {
        return url != null && !url.isBlank();
    }

    public int effectivePoolSize() {
        return poolSize == null ? 10 : poolSize;
    }
}
