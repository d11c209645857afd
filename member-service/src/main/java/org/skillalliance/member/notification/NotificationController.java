package org.skillalliance.member.notification;

import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/notifications}: the caller's own messages, newest first, marking them read, and their choices. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final NotificationManagement management;

    NotificationController(NotificationManagement management) {
        this.management = management;
    }

    @GetMapping
    @Operation(summary = "The caller's notifications, newest first, optionally only the unread")
    PageResponse<NotificationView> list(
            @RequestParam(required = false) Boolean unread,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return management.list(Caller.current(), Boolean.TRUE.equals(unread), PageQuery.of(page, size));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read")
    NotificationView read(@PathVariable UUID id) {
        return management.markRead(Caller.current(), id);
    }

    @GetMapping("/preferences")
    @Operation(summary = "The caller's language and the kinds of notification they turned off")
    PreferencesView preferences() {
        return management.preferences(Caller.current());
    }

    @PutMapping("/preferences")
    @Operation(summary = "Choose the language of notifications and turn kinds off")
    PreferencesView savePreferences(@RequestBody PreferencesRequest request) {
        return management.savePreferences(Caller.current(), request.language(), request.muted());
    }
}
