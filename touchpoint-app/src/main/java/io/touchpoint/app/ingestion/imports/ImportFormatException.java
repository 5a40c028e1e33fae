package io.touchpoint.app.ingestion.imports;

/** The file's header does not fit the kind of import (missing or malformed columns): nothing can be imported. */
class ImportFormatException extends Exception {

    ImportFormatException(String message) {
        super(message);
    }
}
