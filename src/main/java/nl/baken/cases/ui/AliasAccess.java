package nl.baken.cases.ui;

import java.util.Optional;

/**
 * Reading and changing a case's alias, as the app wires it: the change goes through the service that audits it
 * ({@code IntakeService.setAlias}, which cases may not use itself). Both run in the background.
 */
public interface AliasAccess {

    Optional<String> alias(String caseId);

    /** Sets, changes or (empty) removes the alias; audited. */
    void setAlias(String caseId, Optional<String> alias, String workerId);
}
