package org.semossjdbc.jdbc;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The version the driver reports is the POM's, through the one filtered resource. */
class DriverVersionTest {

    @Test
    void theDriverReportsThePomVersion() {
        String pom = System.getProperty("semoss.project.version");
        assertNotNull(pom, "surefire passes the POM's version (driver/pom.xml, systemPropertyVariables)");
        assertEquals(pom, DriverVersion.TEXT);
        String[] parts = pom.split("[.-]");
        SemossDriver driver = new SemossDriver();
        assertEquals(Integer.parseInt(parts[0]), driver.getMajorVersion());
        assertEquals(Integer.parseInt(parts[1]), driver.getMinorVersion());
        assertEquals(driver.getMajorVersion(), DriverVersion.MAJOR);
        assertEquals(driver.getMinorVersion(), DriverVersion.MINOR);
    }
}
