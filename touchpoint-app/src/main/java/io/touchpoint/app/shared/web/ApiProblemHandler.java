package io.touchpoint.app.shared.web;

import io.touchpoint.app.shared.InvalidInputException;
import io.touchpoint.app.shared.NotFoundException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Every API error is an RFC 9457 problem detail; field errors carry {@code field} (the first offending field)
 * and {@code errors} (all of them), so a client can point at what to fix. Never a bare 500 for bad input.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);
    static final URI INVALID = URI.create("https://touchpoint.io/problems/invalid-input");

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException ex) {
        HttpStatus status = HttpStatus.valueOf(ex.status());
        ProblemDetail pd = fieldProblem(status, ex.errors().stream()
                .map(e -> new Field(e.field(), e.message())).toList());
        return ResponseEntity.status(status).body(pd);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        pd.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(pd);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
        ProblemDetail pd = fieldProblem(HttpStatus.BAD_REQUEST,
                List.of(new Field(ex.getName(), "invalid value '" + ex.getValue() + "'")));
        return ResponseEntity.badRequest().body(pd);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = "body";
        String message = "malformed JSON";
        Throwable cause = ex.getCause();
        if (cause instanceof DatabindException de && !de.getPath().isEmpty()) {
            field = path(de);
            message = "wrong type or value";
        }
        else if (cause instanceof JacksonException je) {
            message = "malformed JSON: " + je.getOriginalMessage();
        }
        return ResponseEntity.badRequest().body(fieldProblem(HttpStatus.BAD_REQUEST, List.of(new Field(field, message))));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Field> fields = new ArrayList<>();
        ex.getBindingResult().getFieldErrors()
                .forEach(fe -> fields.add(new Field(fe.getField(), fe.getDefaultMessage())));
        ex.getBindingResult().getGlobalErrors()
                .forEach(ge -> fields.add(new Field(ge.getObjectName(), ge.getDefaultMessage())));
        return ResponseEntity.badRequest().body(fieldProblem(HttpStatus.BAD_REQUEST, fields));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return ResponseEntity.badRequest().body(fieldProblem(HttpStatus.BAD_REQUEST,
                List.of(new Field(ex.getParameterName(), "required parameter is missing"))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        log.error("Unexpected error", ex);
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred; it has been logged.");
        pd.setTitle("Internal error");
        return ResponseEntity.internalServerError().body(pd);
    }

    private record Field(String field, String message) {
    }

    private static ProblemDetail fieldProblem(HttpStatus status, List<Field> fields) {
        String detail = fields.isEmpty() ? "invalid input"
                : fields.get(0).field() + ": " + fields.get(0).message()
                        + (fields.size() > 1 ? " (and " + (fields.size() - 1) + " more)" : "");
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(INVALID);
        pd.setTitle(status == HttpStatus.CONTENT_TOO_LARGE ? "Request too large" : "Invalid input");
        if (!fields.isEmpty()) {
            pd.setProperty("field", fields.get(0).field());
        }
        pd.setProperty("errors", fields.stream().map(f -> Map.of("field", f.field(), "message",
                f.message() == null ? "invalid" : f.message())).toList());
        return pd;
    }

    private static String path(DatabindException de) {
        StringBuilder sb = new StringBuilder();
        for (var ref : de.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            }
            else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }
}
