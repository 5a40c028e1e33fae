package io.touchpoint.app.ingestion.imports;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The import_job and import_row_error tables. */
@Repository
class ImportJobStore {

    private static final String COLUMNS = """
            id, kind, file_name, status, total_bytes, read_bytes, rows_read, rows_ok, rows_duplicate, rows_failed,
            last_line, warnings, message, created_by, created_at, started_at, finished_at""";

    /** Counts after a committed batch. */
    record Progress(long readBytes, long rowsRead, long ok, long duplicate, long failed, long lastLine) {
    }

    private record Keyed(long id, RowError error) {
    }

    private final JdbcClient jdbc;

    ImportJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(ImportKind kind, String fileName, ImportStatus status, long totalBytes, List<String> warnings,
            String message, String createdBy, String storedFile, Instant now) {
        return jdbc.sql("""
                insert into import_job (kind, file_name, status, total_bytes, warnings, message, created_by,
                                        stored_file, created_at, finished_at)
                values (?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?)
                returning id""")
                .params(kind.code(), fileName, status.code(), totalBytes, warnings.toArray(String[]::new), message,
                        createdBy, storedFile, Timestamp.from(now), status.finished() ? Timestamp.from(now) : null)
                .query(Long.class).single();
    }

    Optional<ImportJob> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from import_job where id = ?").param(id)
                .query((rs, i) -> job(rs)).optional();
    }

    List<ImportJob> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from import_job order by created_at desc, id desc limit ?")
                .param(limit).query((rs, i) -> job(rs)).list();
    }

    List<ImportJob> withStatus(ImportStatus status) {
        return jdbc.sql("select " + COLUMNS + " from import_job where status = ? order by id").param(status.code())
                .query((rs, i) -> job(rs)).list();
    }

    Optional<String> storedFile(long id) {
        return jdbc.sql("select stored_file from import_job where id = ?").param(id).query(String.class).optional();
    }

    /** Claims a queued job; false when it is not queued (already run, or failed meanwhile). */
    boolean start(long id, Instant now) {
        return jdbc.sql("update import_job set status = 'running', started_at = ? where id = ? and status = 'queued'")
                .params(Timestamp.from(now), id).update() == 1;
    }

    void progress(long id, Progress p) {
        jdbc.sql("""
                update import_job set read_bytes = ?, rows_read = ?, rows_ok = ?, rows_duplicate = ?, rows_failed = ?,
                                      last_line = ?
                where id = ?""")
                .params(p.readBytes(), p.rowsRead(), p.ok(), p.duplicate(), p.failed(), p.lastLine(), id).update();
    }

    void finish(long id, ImportStatus status, String message, Instant now) {
        jdbc.sql("update import_job set status = ?, message = ?, finished_at = ?, stored_file = null where id = ?")
                .params(status.code(), message, Timestamp.from(now), id).update();
    }

    void insertErrors(long jobId, List<RowError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        int n = errors.size();
        Long[] line = new Long[n];
        String[] field = new String[n];
        String[] message = new String[n];
        String[] raw = new String[n];
        for (int i = 0; i < n; i++) {
            RowError e = errors.get(i);
            line[i] = e.line();
            field[i] = e.field();
            message[i] = e.message();
            raw[i] = e.raw();
        }
        jdbc.sql("""
                insert into import_row_error (job_id, row_number, field, message, raw)
                select ?, l, f, m, r from unnest(?::bigint[], ?::text[], ?::text[], ?::text[]) as u(l, f, m, r)""")
                .params(jobId, line, field, message, raw).update();
    }

    List<RowError> firstErrors(long jobId, int limit) {
        return jdbc.sql("""
                select row_number, field, message, raw from import_row_error where job_id = ? order by id limit ?""")
                .params(jobId, limit)
                .query((rs, i) -> new RowError(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Streams a job's errors in file order, a page at a time, so a large report never sits in memory. */
    void eachError(long jobId, Consumer<RowError> out) {
        long after = 0;
        while (true) {
            List<Keyed> page = jdbc.sql("""
                    select id, row_number, field, message, raw from import_row_error
                    where job_id = ? and id > ? order by id limit 1000""")
                    .params(jobId, after)
                    .query((rs, i) -> new Keyed(rs.getLong(1), new RowError(rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getString(5))))
                    .list();
            page.forEach(k -> out.accept(k.error()));
            if (page.size() < 1000) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    private static ImportJob job(ResultSet rs) throws SQLException {
        Array warnings = rs.getArray("warnings");
        return new ImportJob(rs.getLong("id"), ImportKind.parse(rs.getString("kind")).orElseThrow(),
                rs.getString("file_name"), ImportStatus.of(rs.getString("status")), rs.getLong("total_bytes"),
                rs.getLong("read_bytes"), rs.getLong("rows_read"), rs.getLong("rows_ok"), rs.getLong("rows_duplicate"),
                rs.getLong("rows_failed"), rs.getLong("last_line"),
                warnings == null ? List.of() : List.of((String[]) warnings.getArray()), rs.getString("message"),
                rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "started_at"),
                instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
