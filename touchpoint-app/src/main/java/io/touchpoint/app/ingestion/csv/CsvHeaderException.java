package io.touchpoint.app.ingestion.csv;

/** The file has no usable header row, so none of it can be imported; the message says why, for a person. */
public class CsvHeaderException extends Exception {

    public CsvHeaderException(String message) {
        super(message);
    }
}
