package io.touchpoint.app.shared;

/**
 * Cells of the CSV files we write for spreadsheet programs. Their text is untrusted (customer comments, imported
 * rows, staff-entered names), and Excel, LibreOffice and Google Sheets run a cell that starts with {@code = + - @}
 * (or a tab or carriage return before one) as a formula: such a cell gets a leading apostrophe, which they show as
 * text and do not run (OWASP "CSV injection").
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String inert(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
