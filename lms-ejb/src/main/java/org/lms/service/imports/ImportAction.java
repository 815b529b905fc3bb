package org.lms.service.imports;

/** What an import does with one row of the file. */
public enum ImportAction {
    CREATE, UPDATE, UNCHANGED, ERROR;

    public String labelKey() {
        return "import.action." + name();
    }
}
