package org.semossjdbc.orm.binds;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.semossjdbc.orm.Column;
import org.semossjdbc.orm.SemossModel;
import org.semossjdbc.orm.Transient;

/**
 * Maps result rows to records or plain classes. Written here rather than reused from the ORM core because the core
 * keeps its row mapping package-private (it is tied to saved-state tracking). Immutable per type and cached.
 */
final class RowMapper<T> {

    private static final ClassValue<RowMapper<?>> CACHE = new ClassValue<>() {
        @Override
        protected RowMapper<?> computeValue(Class<?> type) {
            return create(type);
        }
    };

    /** A column the target type has no place for, or a record component no column fills. */
    private static final String UNDEFINED_COLUMN = "42703";

    /** One target: a record component (by index) or a field. */
    private record Target(String name, Class<?> type, int component, Field field) {
    }

    private final Class<T> type;
    private final Constructor<T> constructor;
    private final boolean isRecord;
    /** Normalised column name to target. */
    private final Map<String, Target> targets;
    private final int componentCount;

    private RowMapper(Class<T> type, Constructor<T> constructor, boolean isRecord, Map<String, Target> targets,
                      int componentCount) {
        this.type = type;
        this.constructor = constructor;
        this.isRecord = isRecord;
        this.targets = targets;
        this.componentCount = componentCount;
    }

    @SuppressWarnings("unchecked")
    static <T> RowMapper<T> of(Class<T> type) {
        return (RowMapper<T>) CACHE.get(java.util.Objects.requireNonNull(type, "type"));
    }

    private static <T> RowMapper<T> create(Class<T> type) {
        if (SemossModel.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(type.getName() + " is a SemossModel: load its rows through its Finder,"
                    + " which tracks them as saved (a copy mapped here would be inserted again by save())");
        }
        if (type.isInterface() || type.isPrimitive() || type.isArray() || Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalArgumentException("Cannot map rows to " + type.getName()
                    + ": use a record or a concrete class with a no-argument constructor");
        }
        Map<String, Target> targets = new LinkedHashMap<>();
        try {
            if (type.isRecord()) {
                RecordComponent[] components = type.getRecordComponents();
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    Field field = type.getDeclaredField(components[i].getName());
                    add(targets, type, new Target(columnName(field), types[i], i, null));
                }
                Constructor<T> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return new RowMapper<>(type, constructor, true, targets, components.length);
            }
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || Modifier.isFinal(modifiers)
                            || field.isSynthetic() || field.isAnnotationPresent(Transient.class)) {
                        continue;
                    }
                    field.setAccessible(true);
                    add(targets, type, new Target(columnName(field), field.getType(), -1, field));
                }
            }
            return new RowMapper<>(type, constructor, false, targets, 0);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " needs a no-argument constructor to receive rows", e);
        } catch (NoSuchFieldException | RuntimeException e) {
            throw new IllegalArgumentException("Cannot map rows to " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    private static String columnName(Field field) {
        Column column = field.getAnnotation(Column.class);
        return column != null ? column.value() : field.getName();
    }

    private static void add(Map<String, Target> targets, Class<?> type, Target target) {
        Target previous = targets.putIfAbsent(normalise(target.name()), target);
        if (previous != null) {
            throw new IllegalArgumentException(type.getName() + ": " + previous.name() + " and " + target.name()
                    + " would receive the same column");
        }
    }

    /** {@code created_at}, {@code CREATED_AT} and {@code createdAt} all become {@code createdat}. */
    static String normalise(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    List<T> mapAll(ResultSet resultSet) throws SQLException {
        ResultSetMetaData metaData = resultSet.getMetaData();
        int count = metaData.getColumnCount();
        Target[] byColumn = new Target[count];
        Map<Target, String> seen = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String label = metaData.getColumnLabel(i + 1);
            Target target = targets.get(normalise(label));
            if (target == null) {
                throw new SQLException("Column " + label + " has no field in " + type.getName()
                        + " (fields: " + targets.values().stream().map(Target::name).toList() + ")",
                        UNDEFINED_COLUMN);
            }
            String other = seen.put(target, label);
            if (other != null) {
                throw new SQLException("Columns " + other + " and " + label + " both map to " + target.name()
                        + " of " + type.getName(), NamedSql.DUPLICATE_COLUMN);
            }
            byColumn[i] = target;
        }
        if (isRecord && seen.size() < componentCount) {
            List<String> missing = new ArrayList<>();
            for (Target t : targets.values()) {
                if (!seen.containsKey(t)) {
                    missing.add(t.name());
                }
            }
            throw new SQLException("The result has no column for " + missing + " of record " + type.getName(), UNDEFINED_COLUMN);
        }
        List<T> out = new ArrayList<>();
        while (resultSet.next()) {
            out.add(map(resultSet, byColumn));
        }
        return out;
    }

    private T map(ResultSet resultSet, Target[] byColumn) throws SQLException {
        try {
            if (isRecord) {
                // every component has its column (checked in mapAll), so every argument is set
                Object[] arguments = new Object[componentCount];
                for (int i = 0; i < byColumn.length; i++) {
                    arguments[byColumn[i].component()] = read(resultSet, i + 1, byColumn[i]);
                }
                return constructor.newInstance(arguments);
            }
            T instance = constructor.newInstance();
            for (int i = 0; i < byColumn.length; i++) {
                byColumn[i].field().set(instance, read(resultSet, i + 1, byColumn[i]));
            }
            return instance;
        } catch (InvocationTargetException e) {
            throw new SQLException("The constructor of " + type.getName() + " failed: " + e.getCause(), e.getCause());
        } catch (InstantiationException | IllegalAccessException e) {
            throw new SQLException("Cannot create " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    private Object read(ResultSet resultSet, int column, Target target) throws SQLException {
        Class<?> wanted = boxed(target.type());
        Object value;
        try {
            if (wanted.isEnum()) {
                String name = resultSet.getString(column);
                value = name == null ? null : enumConstant(wanted, name);
            } else {
                value = readTyped(resultSet, column, wanted);
            }
        } catch (SQLException e) {
            throw new SQLException("Column " + column + " cannot be read as " + wanted.getSimpleName() + " for "
                    + target.name() + " of " + type.getName() + ": " + e.getMessage(), e.getSQLState(), e);
        }
        if (value == null && target.type().isPrimitive()) {
            throw new SQLException("SQL NULL in column " + column + " cannot go into primitive " + target.name()
                    + " of " + type.getName() + "; use " + wanted.getSimpleName(), "22002");
        }
        return value;
    }

    /**
     * The classic typed getters for the types every driver converts (pgjdbc's and older drivers'
     * {@code getObject(int, Class)} refuse e.g. Long from int4 or byte[] from bytea); {@code getObject(int, Class)}
     * for the rest (java.time, UUID, ...).
     */
    private static Object readTyped(ResultSet rs, int column, Class<?> wanted) throws SQLException {
        Object value;
        if (wanted == Object.class) {
            return rs.getObject(column);
        } else if (wanted == String.class) {
            return rs.getString(column);
        } else if (wanted == java.math.BigDecimal.class) {
            return rs.getBigDecimal(column);
        } else if (wanted == byte[].class) {
            return rs.getBytes(column);
        } else if (wanted == java.sql.Timestamp.class) {
            return rs.getTimestamp(column);
        } else if (wanted == java.sql.Date.class) {
            return rs.getDate(column);
        } else if (wanted == java.sql.Time.class) {
            return rs.getTime(column);
        } else if (wanted == Integer.class) {
            value = rs.getInt(column);
        } else if (wanted == Long.class) {
            value = rs.getLong(column);
        } else if (wanted == Short.class) {
            value = rs.getShort(column);
        } else if (wanted == Byte.class) {
            value = rs.getByte(column);
        } else if (wanted == Double.class) {
            value = rs.getDouble(column);
        } else if (wanted == Float.class) {
            value = rs.getFloat(column);
        } else if (wanted == Boolean.class) {
            value = rs.getBoolean(column);
        } else {
            return rs.getObject(column, wanted);
        }
        // the primitive getters answer 0 or false for NULL
        return rs.wasNull() ? null : value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> enumType, String name) throws SQLException {
        try {
            return Enum.valueOf((Class) enumType, name);
        } catch (IllegalArgumentException e) {
            throw new SQLException("No constant " + name + " in " + enumType.getName(), "22018", e);
        }
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "boolean" -> Boolean.class;
            case "byte" -> Byte.class;
            case "short" -> Short.class;
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "float" -> Float.class;
            case "char" -> Character.class;
            default -> Double.class;
        };
    }
}
