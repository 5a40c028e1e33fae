package io.touchpoint.app.security;

import io.touchpoint.app.shared.InvalidInputException;
import io.touchpoint.app.shared.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts. Passwords are stored only as adaptive hashes (bcrypt through the delegating encoder). */
@Service
public class StaffDirectory {

    static final int MIN_PASSWORD = 10;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    StaffDirectory(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public List<StaffUser> users() {
        return jdbc.sql("select id, username, display_name, email, role, enabled, created_at from staff_user order by username")
                .query((rs, i) -> new StaffUser(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        StaffRole.parse(rs.getString(5)).orElseThrow(), rs.getBoolean(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    public Optional<StaffUser> user(String username) {
        return users().stream().filter(u -> u.username().equals(normalise(username))).findFirst();
    }

    public boolean anyUser() {
        return jdbc.sql("select exists(select 1 from staff_user)").query(Boolean.class).single();
    }

    @Transactional
    public StaffUser create(String username, String displayName, String email, StaffRole role, String password) {
        String u = normalise(username);
        List<FieldError> errors = new ArrayList<>();
        if (!u.matches("[a-z0-9][a-z0-9._@-]{1,63}")) {
            errors.add(new FieldError("username", "use 2-64 lower-case letters, digits, '.', '_', '@' or '-'"));
        }
        if (role == null) {
            errors.add(new FieldError("role", "use admin, analyst, agent or viewer"));
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            errors.add(new FieldError("password", "use " + MIN_PASSWORD + " to 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(400, errors);
        }
        if (user(u).isPresent()) {
            throw new InvalidInputException(409, List.of(new FieldError("username", "already taken")));
        }
        jdbc.sql("insert into staff_user (username, display_name, email, password_hash, role) values (?,?,?,?,?)")
                .params(u, displayName == null || displayName.isBlank() ? u : displayName.trim(), email,
                        passwords.encode(password), role.code())
                .update();
        return user(u).orElseThrow();
    }

    @Transactional
    public void setEnabled(String username, boolean enabled) {
        jdbc.sql("update staff_user set enabled = ? where username = ?").params(enabled, normalise(username)).update();
    }

    @Transactional
    public void changePassword(String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            throw new InvalidInputException("password", "use " + MIN_PASSWORD + " to 200 characters");
        }
        jdbc.sql("update staff_user set password_hash = ? where username = ?")
                .params(passwords.encode(password), normalise(username)).update();
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
