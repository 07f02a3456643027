package org.semossjdbc.jdbc;

import org.junit.jupiter.api.Test;

import java.beans.BeanInfo;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DataSource bean stays in step with {@link DriverProperty}, and never shows secrets. */
class SemossDataSourceTest {

    private static Map<String, PropertyDescriptor> beanProperties() throws IntrospectionException {
        BeanInfo info = Introspector.getBeanInfo(SemossDataSource.class, Object.class);
        Map<String, PropertyDescriptor> byName = new TreeMap<>();
        for (PropertyDescriptor descriptor : info.getPropertyDescriptors()) {
            byName.put(descriptor.getName(), descriptor);
        }
        return byName;
    }

    @Test
    void everyDriverPropertyIsAReadWriteBeanProperty() throws Exception {
        Map<String, PropertyDescriptor> bean = beanProperties();
        for (DriverProperty property : DriverProperty.values()) {
            PropertyDescriptor descriptor = bean.get(property.key());
            assertNotNull(descriptor, "SemossDataSource lacks a bean property for " + property.key());
            assertNotNull(descriptor.getWriteMethod(), property.key() + " has no setter");
            assertNotNull(descriptor.getReadMethod(), property.key() + " has no getter");
            Class<?> expected = switch (property.kind()) {
                case INTEGER, SECONDS -> int.class;
                case BOOLEAN -> boolean.class;
                default -> String.class;
            };
            assertEquals(expected, descriptor.getPropertyType(), property.key());
        }
    }

    @Test
    void noBeanPropertyWithoutADriverProperty() throws Exception {
        Set<String> extra = new TreeSet<>(beanProperties().keySet());
        for (DriverProperty property : DriverProperty.values()) {
            extra.remove(property.key());
        }
        // The DataSource's own properties, defined by javax.sql.DataSource or this class.
        assertEquals(Set.of("connection", "logWriter", "loginTimeout", "parentLogger", "url"), extra);
    }

    @Test
    void settersReachTheConnectionPropertiesAndDefaultsShow() throws Exception {
        SemossDataSource ds = new SemossDataSource();
        assertEquals(2000, ds.getFetchSize());
        assertEquals("lenient", ds.getTransactions());
        assertTrue(ds.isLogoutOnClose());
        for (Map.Entry<String, PropertyDescriptor> entry : beanProperties().entrySet()) {
            DriverProperty property = DriverProperty.forKey(entry.getKey());
            if (property == null) {
                continue;
            }
            Object value = switch (property.kind()) {
                case INTEGER, SECONDS -> 7;
                case BOOLEAN -> false;
                case CHOICE -> property.choices()[property.choices().length - 1];
                default -> "v-" + property.key();
            };
            entry.getValue().getWriteMethod().invoke(ds, value);
            assertEquals(value, entry.getValue().getReadMethod().invoke(ds), property.key());
            assertEquals(String.valueOf(value), ds.getProperty(property.key()), property.key());
        }
    }

    @Test
    void toStringHidesSecrets() {
        SemossDataSource ds = new SemossDataSource();
        ds.setUrl("jdbc:semoss:https://host/Monolith/api?database=sales&password=hunter2");
        ds.setUser("ACCESS");
        ds.setPassword("SECRET-VALUE");
        ds.setToken("TOKEN-VALUE");
        ds.setProxyPassword("PROXY-VALUE");
        String shown = ds.toString();
        assertTrue(shown.contains("database=sales"), shown);
        assertTrue(shown.contains("user=ACCESS"), shown);
        for (String secret : new String[] {"hunter2", "SECRET-VALUE", "TOKEN-VALUE", "PROXY-VALUE"}) {
            assertFalse(shown.contains(secret), shown);
        }
    }

    @Test
    void missingUrlIs08001AndUnknownKeysAreRefused() {
        SemossDataSource ds = new SemossDataSource();
        assertEquals("08001", assertThrows(SQLException.class, ds::getConnection).getSQLState());
        assertThrows(IllegalArgumentException.class, () -> ds.setProperty("nonsense", "1"));
        ds.setUrl("https://host/api");
        assertEquals("jdbc:semoss:https://host/api", ds.getUrl());
    }

    @Test
    void wrapsItselfAndSerializesItsConfiguration() throws Exception {
        SemossDataSource ds = new SemossDataSource();
        ds.setUrl("jdbc:semoss:https://host/api");
        ds.setDatabase("sales");
        ds.setLoginTimeout(3);
        assertSame(ds, ds.unwrap(DataSource.class));
        assertTrue(ds.isWrapperFor(SemossDataSource.class));
        assertNull(ds.getLogWriter());
        SemossDataSource copy = roundTrip(ds);
        assertEquals("sales", copy.getDatabase());
        assertEquals(3, copy.getLoginTimeout());
        assertEquals(ds.getUrl(), copy.getUrl());
    }

    private static SemossDataSource roundTrip(SemossDataSource ds) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(ds);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (SemossDataSource) in.readObject();
        }
    }
}
