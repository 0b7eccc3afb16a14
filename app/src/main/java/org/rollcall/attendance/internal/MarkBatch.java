package org.rollcall.attendance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rollcall.attendance.MarkRecorded;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ExpectedChild;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionPlace;

/**
 * One batch of marks being saved (a call's, a school's upload): what checking them reads about their provisions,
 * read once per provision and day, since a call's marks share one school and reading it again for every child was
 * most of a save's statements; its mark rows, locked and inserted a batch at a time; and the children's weeks to
 * refold and its marks to announce once, when the batch is done (ADRs 0050, 0052 and 0054).
 */
final class MarkBatch {

    private record Day(ProvisionId provision, LocalDate date) {
    }

    private final Directory directory;
    private final MarkRows rows;
    private final Map<ProvisionId, ProvisionPlace> places = new HashMap<>();
    private final Map<Day, List<ExpectedChild>> expected = new HashMap<>();
    private final List<MarkWeeks.ChildDay> marked = new ArrayList<>();
    private final List<MarkRecorded> recorded = new ArrayList<>();

    MarkBatch(Directory directory, MarkRows rows) {
        this.directory = directory;
        this.rows = rows;
    }

    /** The batch's current marks, locked, and its new marks waiting to be inserted together. */
    MarkRows rows() {
        return rows;
    }

    ProvisionPlace place(ProvisionId provision) {
        return places.computeIfAbsent(provision, id -> directory.provisionPlace(id).orElseGet(() -> {
            directory.provisionCard(id); // says "no provision with id …", as saving a mark always has
            throw new IllegalStateException("provision " + id + " vanished while its marks were checked");
        }));
    }

    List<ExpectedChild> childrenExpected(ProvisionId provision, LocalDate date) {
        return expected.computeIfAbsent(new Day(provision, date), d -> directory.childrenExpected(provision, date));
    }

    /** The provision's name, for a refusal only: the card costs two reads and a decryption. */
    String name(ProvisionId provision) {
        return directory.provisionCard(provision).name();
    }

    /** A mark for the child on that day was written: its week is refolded when the batch is done. */
    void marked(ChildId child, LocalDate day) {
        marked.add(new MarkWeeks.ChildDay(child, day));
    }

    List<MarkWeeks.ChildDay> marked() {
        return marked;
    }

    /** A mark was recorded: the modules that act on marks hear of the batch's marks together, when it is done. */
    void recorded(MarkRecorded mark) {
        recorded.add(mark);
    }

    List<MarkRecorded> recorded() {
        return recorded;
    }
}
