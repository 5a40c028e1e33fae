package io.touchpoint.app.survey;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A respondent's browser without JavaScript: a cookie jar, form posts with the page's hidden fields (CSRF token,
 * response id, version, page), redirects seen rather than followed. Each respondent connects from its own loopback
 * address (127.0.0.x; the socket is bound to it, as the JDK's HttpClient cannot do on Java 17), so the flood control,
 * which counts per client address, tells them apart.
 */
final class Respondent {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    private final String ip;
    private final int port;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private Page last;

    Respondent(String ip, int port) {
        this.ip = ip;
        this.port = port;
    }

    record Page(int status, String body, String location) {

        Map<String, String> hidden() {
            Matcher m = HIDDEN.matcher(body);
            Map<String, String> fields = new LinkedHashMap<>();
            while (m.find()) {
                fields.put(m.group(1), m.group(2).replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&"));
            }
            return fields;
        }
    }

    Page get(String path) {
        last = send("GET", path, null);
        return last;
    }

    /** Follows one redirect of the last response. */
    Page follow() {
        if (last.location() == null) {
            throw new IllegalStateException("no redirect: " + last.status());
        }
        return get(last.location());
    }

    /** Posts the last page's form: its hidden fields plus {@code answers} (a list value sends the name repeatedly). */
    Page answer(String path, Map<String, Object> answers) {
        List<String[]> fields = new ArrayList<>();
        last.hidden().forEach((k, v) -> fields.add(new String[] {k, v}));
        answers.forEach((k, v) -> {
            if (v instanceof List<?> l) {
                l.forEach(x -> fields.add(new String[] {k, String.valueOf(x)}));
            }
            else {
                fields.add(new String[] {k, String.valueOf(v)});
            }
        });
        return post(path, fields);
    }

    Page post(String path, List<String[]> fields) {
        String body = fields.stream().map(f -> enc(f[0]) + "=" + enc(f[1])).collect(Collectors.joining("&"));
        last = send("POST", path, body);
        return last;
    }

    Page last() {
        return last;
    }

    private Page send(String method, String target, String body) {
        URI uri = URI.create(target.startsWith("http") ? target : "http://127.0.0.1:" + port + target);
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n")
                .append("Host: localhost:").append(port).append("\r\n")
                .append("Connection: close\r\n").append("Accept: text/html\r\n");
        if (!cookies.isEmpty()) {
            head.append("Cookie: ").append(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "))).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: application/x-www-form-urlencoded\r\n")
                    .append("Content-Length: ").append(content.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(ip, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return read(new BufferedInputStream(socket.getInputStream()));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private Page read(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        String location = null;
        boolean chunked = false;
        int length = -1;
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = h.substring(colon + 1).trim();
            switch (name) {
                case "location" -> location = value;
                case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                case "content-length" -> length = Integer.parseInt(value);
                case "set-cookie" -> {
                    String pair = value.split(";", 2)[0];
                    cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                }
                default -> {
                }
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                    size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        }
        else if (length >= 0) {
            body.write(in.readNBytes(length));
        }
        else {
            in.transferTo(body);
        }
        return new Page(status, body.toString(StandardCharsets.UTF_8), location);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
