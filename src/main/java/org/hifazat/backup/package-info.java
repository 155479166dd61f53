/**
 * Backups of the standalone default's H2 database, taken by the running application (a second process cannot open
 * an H2 file the application holds). A <b>backup</b> is H2's SQL script of the whole database, gzip-compressed,
 * named {@code hifazat-YYYYMMDD-HHMMSS.sql.gz}; the newest few are kept. Restoring is done with the application
 * stopped, by deploy/backup/h2-restore.sh. MariaDB is backed up from outside (deploy/backup/mariadb-backup.sh).
 */
package org.hifazat.backup;
