package org.rollcall.workspace.web;

import java.security.Principal;
import java.time.Instant;
import java.util.Map;

import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.Directory;
import org.rollcall.platform.web.NotFoundException;
import org.rollcall.platform.web.Problems;
import org.rollcall.workspace.CallScript;
import org.rollcall.workspace.CallScripts;
import org.rollcall.workspace.ScriptRefusedException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * Admins read and set an authority's call script for school calls (the API chain lets only administrators reach
 * /api/v1/admin). The authority is named by its LA number, as in the other authority admin endpoints.
 */
@RestController
@RequestMapping("/api/v1/admin/authorities/{laCode}/script")
class CallScriptController {

    /** What to store; {@code questions} one a line. */
    record ScriptBody(String greeting, String callingFor, String recordingNotice, String questions) {
    }

    /** @param own false while the authority uses Rollcall's default script */
    record ScriptView(String laCode, String authority, String greeting, String callingFor, String recordingNotice,
                      String questions, boolean own, Map<String, String> placeholders, String updatedBy,
                      Instant updatedAt) {
    }

    private final CallScripts scripts;
    private final Directory directory;

    CallScriptController(CallScripts scripts, Directory directory) {
        this.scripts = scripts;
        this.directory = directory;
    }

    @Operation(summary = "The authority's call script for school calls (Rollcall's default until it sets its own), "
            + "and the placeholders it may use")
    @GetMapping
    ScriptView get(@PathVariable String laCode) {
        AuthoritySummary authority = authority(laCode);
        return view(authority, scripts.get(authority.id()));
    }

    @Operation(summary = "Set the authority's call script: greeting, who we are calling for, the recording notice "
            + "(required) and the questions (one a line), with placeholders {school}, {contact}, {children}, "
            + "{operator} and {authority}. Every problem is named in the 400 answer and nothing is stored")
    @PutMapping
    ScriptView put(@PathVariable String laCode, @RequestBody ScriptBody body, Principal caller) {
        AuthoritySummary authority = authority(laCode);
        CallScript script = new CallScript(body.greeting(), body.callingFor(), body.recordingNotice(),
                body.questions());
        return view(authority, scripts.set(authority.id(), script, caller.getName()));
    }

    @ExceptionHandler(ScriptRefusedException.class)
    ProblemDetail refused(ScriptRefusedException e) {
        ProblemDetail problem = Problems.refused(e.getMessage());
        problem.setProperty("problems", e.problems());
        return problem;
    }

    private AuthoritySummary authority(String laCode) {
        return directory.authorityNamed(laCode).orElseThrow(() -> NotFoundException.authority(laCode));
    }

    private static ScriptView view(AuthoritySummary authority, CallScripts.AuthorityScript s) {
        CallScript script = s.script();
        return new ScriptView(authority.laCode(), authority.name(), script.greeting(), script.callingFor(),
                script.recordingNotice(), script.questions(), s.own(), CallScript.PLACEHOLDERS, s.updatedBy(),
                s.updatedAt());
    }
}
