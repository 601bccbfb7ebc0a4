package org.xbrllinker.server;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API under {@code /xbrl-linker/api}: job control ({@link JobsResource}) and schedules
 * ({@link SchedulesResource}). Reading is public; everything that changes something needs the role
 * {@code xbrl-operator} (WEB-INF/web.xml).
 */
@ApplicationPath("/api")
public class XbrlLinkerApi extends Application {
}
