package org.hifazat.backup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** hifazat.backup.* in application.properties. */
@ConfigMapping(prefix = "hifazat.backup")
public interface BackupConfig {

    /** When the running application backs up an H2 database (Quartz cron: seconds first; default 02:30 nightly). */
    @WithDefault("0 30 2 * * ?")
    String h2Cron();

    /** Where the running application writes H2 backups. */
    @WithDefault("data/backups")
    String h2Directory();

    /** How many H2 backups to keep; older ones are deleted after each new one. */
    @WithDefault("14")
    int h2Keep();
}
