package org.rollcall.directory.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.DirectoryImport;
import org.rollcall.directory.ImportedChild;
import org.rollcall.directory.ImportedProvision;
import org.rollcall.directory.ProvisionId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk reads by key arrays ({@code = ANY(?)}, in chunks) and batched writes, for files of tens of thousands of rows:
 * the reads in {@link ImportReads}, the writes in {@link ProvisionImportWrites} and {@link ChildImportWrites}; here,
 * the transactions. MANDATORY: an import writes a whole file in the caller's one transaction, never row by row on its
 * own.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class JdbcDirectoryImport implements DirectoryImport {

    private final ImportReads reads;
    private final ProvisionImportWrites provisions;
    private final ChildImportWrites children;

    JdbcDirectoryImport(JdbcClient jdbc, JdbcTemplate batch) {
        this.reads = new ImportReads(jdbc);
        this.provisions = new ProvisionImportWrites(jdbc, batch);
        this.children = new ChildImportWrites(batch);
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<String, AuthoritySummary> authoritiesByLaCode() {
        return reads.authoritiesByLaCode();
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<String, HeldProvision> provisionsByKey(Collection<String> keys) {
        return reads.provisionsByKey(keys);
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<String, List<HeldProvision>> provisionsWithoutUrnByNameAndPhone(Collection<String> namePhones) {
        return reads.provisionsWithoutUrnByNameAndPhone(namePhones);
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<String, ProvisionId> provisionIds(Collection<String> keys) {
        return reads.provisionIds(keys);
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<String, HeldChild> childrenByUpn(Collection<String> upns) {
        return reads.childrenByUpn(upns);
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<String, HeldChild> childrenByLocalReference(AuthorityId authority, Collection<String> references) {
        return reads.childrenByLocalReference(authority, references);
    }

    @Override
    public List<ProvisionId> createProvisions(List<ImportedProvision> provisions) {
        return this.provisions.createProvisions(provisions);
    }

    @Override
    public void updateProvisions(List<ProvisionUpdate> updates) {
        provisions.updateProvisions(updates);
    }

    @Override
    public List<ChildId> createChildren(List<ImportedChild> children) {
        return this.children.createChildren(children);
    }

    @Override
    public void updateChildren(List<ChildUpdate> updates) {
        children.updateChildren(updates);
    }
}
