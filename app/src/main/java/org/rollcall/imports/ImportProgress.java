package org.rollcall.imports;

/** How far a dry run or import has got, for a progress bar; called from the thread doing the work. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (step, done, total) -> { };

    /**
     * @param step what is being done ("Reading the file", "Checking against the directory", "Writing")
     * @param total 0 when not known yet (while reading)
     */
    void at(String step, int done, int total);
}
