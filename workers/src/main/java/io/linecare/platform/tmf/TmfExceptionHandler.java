package io.linecare.platform.tmf;

import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every error of Linecare's own REST APIs as a TMF630 body. Bad input is a 400 with the reason;
 * a 500 means a bug, is logged with its stack trace, and tells the client nothing internal.
 */
@RestControllerAdvice(annotations = RestController.class)
public class TmfExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(TmfExceptionHandler.class);

    @ExceptionHandler(TmfBadRequestException.class)
    ResponseEntity<TmfError> badRequest(TmfBadRequestException e) {
        return respond(HttpStatus.BAD_REQUEST, e.code(), e.getMessage());
    }

    @ExceptionHandler(TmfNotFoundException.class)
    ResponseEntity<TmfError> notFound(TmfNotFoundException e) {
        return respond(HttpStatus.NOT_FOUND, "notFound", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<TmfError> invalidBody(MethodArgumentNotValidException e) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + " " + error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return respond(HttpStatus.BAD_REQUEST, "invalidBody", detail);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<TmfError> invalidParameter(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(violation -> lastNode(violation.getPropertyPath().toString()) + " " + violation.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return respond(HttpStatus.BAD_REQUEST, "invalidParameter", detail);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<TmfError> unreadable(HttpMessageNotReadableException e) {
        return respond(HttpStatus.BAD_REQUEST, "invalidBody", "The request body is not valid JSON of the expected shape");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<TmfError> typeMismatch(MethodArgumentTypeMismatchException e) {
        return respond(HttpStatus.BAD_REQUEST, "invalidParameter",
                e.getName() + " has a value of the wrong type: '" + e.getValue() + "'");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<TmfError> missingParameter(MissingServletRequestParameterException e) {
        return respond(HttpStatus.BAD_REQUEST, "missingParameter", e.getParameterName() + " is required");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<TmfError> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return respond(HttpStatus.METHOD_NOT_ALLOWED, "methodNotAllowed", e.getMessage());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<TmfError> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupportedMediaType", "Send application/json");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<TmfError> unexpected(Exception e) {
        log.error("Unexpected error in a Linecare API", e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "internalError", "Something went wrong on our side");
    }

    private static ResponseEntity<TmfError> respond(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status)
                .body(new TmfError(code, status.getReasonPhrase(), message, String.valueOf(status.value())));
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
