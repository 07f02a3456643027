package org.semossjdbc.orm;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything the ORM knows about one model class, read once by reflection and cached in a thread-safe registry.
 * No schema lookup: annotations and conventions are the whole truth, so every identifier that reaches SQL is one
 * of these names, checked here.
 */
final class ModelMetadata<T extends SemossModel> {

    private static final Map<Class<?>, ModelMetadata<?>> REGISTRY = new ConcurrentHashMap<>();

    private final Class<T> type;
    private final Constructor<T> constructor;
    private final String table;
    private final PropertyMapping id;
    private final PropertyMapping version;
    private final String tokenColumn;
    private final List<PropertyMapping> properties;
    private final Map<String, PropertyMapping> byName;
    private final Map<String, RelationMapping> relations;

    private ModelMetadata(Class<T> type, Constructor<T> constructor, String table, PropertyMapping id,
                          PropertyMapping version, String tokenColumn, List<PropertyMapping> properties,
                          Map<String, RelationMapping> relations) {
        this.type = type;
        this.constructor = constructor;
        this.table = table;
        this.id = id;
        this.version = version;
        this.tokenColumn = tokenColumn;
        this.properties = List.copyOf(properties);
        this.relations = relations; // filled once by build(), read-only afterwards
        Map<String, PropertyMapping> names = new LinkedHashMap<>();
        for (PropertyMapping property : properties) {
            names.put(property.name(), property);
            names.putIfAbsent(property.column().toLowerCase(Locale.ROOT), property);
        }
        this.byName = Collections.unmodifiableMap(names);
    }

    /** The metadata of {@code type}, built on first use. */
    @SuppressWarnings("unchecked")
    static <T extends SemossModel> ModelMetadata<T> of(Class<T> type) {
        ModelMetadata<?> cached = REGISTRY.get(type);
        if (cached == null) {
            // Built outside computeIfAbsent: building instantiates a prototype whose relation initializers must not
            // re-enter the map. Two threads may both build; putIfAbsent keeps one.
            ModelMetadata<T> built = build(type);
            cached = REGISTRY.putIfAbsent(type, built);
            if (cached == null) {
                cached = built;
            }
        }
        return (ModelMetadata<T>) cached;
    }

    private static <T extends SemossModel> ModelMetadata<T> build(Class<T> type) {
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalArgumentException(type.getName() + " is abstract; a model must be instantiable");
        }
        Constructor<T> constructor;
        try {
            constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " needs a no-argument constructor", e);
        }
        Table tableAnnotation = type.getAnnotation(Table.class);
        String table = tableAnnotation != null ? tableAnnotation.value() : Names.snakeCase(type.getSimpleName());
        List<PropertyMapping> properties = new ArrayList<>();
        List<Field> relationFields = new ArrayList<>();
        PropertyMapping id = null;
        PropertyMapping version = null;
        String token = null;
        for (Field field : fieldsOf(type)) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(Transient.class)
                    || field.isSynthetic()) {
                continue;
            }
            field.setAccessible(true);
            if (field.getType() == BelongsTo.class || field.getType() == HasMany.class) {
                relationFields.add(field);
                continue;
            }
            Column column = field.getAnnotation(Column.class);
            String columnName = column != null ? column.value() : Names.snakeCase(field.getName());
            ValueCodec codec;
            try {
                codec = ValueCodec.forType(field.getType());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + " of field " + field.getName() + " in "
                        + type.getName() + "; mark it @Transient or use a supported type", e);
            }
            PropertyMapping property = new PropertyMapping(field, columnName, codec);
            properties.add(property);
            if (field.isAnnotationPresent(Id.class)) {
                if (id != null) {
                    throw new IllegalArgumentException(type.getName() + " has two @Id fields; one is supported");
                }
                id = property;
            }
            Version versionAnnotation = field.getAnnotation(Version.class);
            if (versionAnnotation != null) {
                Class<?> boxed = StandardCodec.box(field.getType());
                if (boxed != Integer.class && boxed != Long.class) {
                    throw new IllegalArgumentException("@Version field " + field + " must be int or long");
                }
                version = property;
                token = versionAnnotation.token().isEmpty() ? null : versionAnnotation.token();
            }
        }
        if (id == null) {
            throw new IllegalArgumentException(type.getName() + " has no @Id field");
        }
        ModelMetadata<T> metadata = new ModelMetadata<>(type, constructor, table, id, version, token, properties,
                new LinkedHashMap<>());
        metadata.relations().putAll(readRelations(metadata, relationFields));
        return metadata;
    }

    /** Fields from the top-most model class down, stopping at SemossModel (whose own state is not persisted). */
    private static List<Field> fieldsOf(Class<?> type) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = type; c != null && c != SemossModel.class; c = c.getSuperclass()) {
            chain.add(0, c);
        }
        List<Field> fields = new ArrayList<>();
        for (Class<?> c : chain) {
            Collections.addAll(fields, c.getDeclaredFields());
        }
        return fields;
    }

    /** Relations are declared by field initializers, so a prototype instance tells their targets and keys. */
    private static Map<String, RelationMapping> readRelations(ModelMetadata<?> metadata, List<Field> fields) {
        Map<String, RelationMapping> relations = new LinkedHashMap<>();
        if (fields.isEmpty()) {
            return relations;
        }
        SemossModel prototype = metadata.instantiate();
        for (Field field : fields) {
            Object value;
            try {
                value = field.get(prototype);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + field, e);
            }
            if (value instanceof BelongsTo<?> belongsTo) {
                relations.put(field.getName(), new RelationMapping(field, false, belongsTo.type(),
                        belongsTo.foreignKey()));
            } else if (value instanceof HasMany<?> hasMany) {
                relations.put(field.getName(), new RelationMapping(field, true, hasMany.type(), hasMany.foreignKey()));
            } else {
                throw new IllegalArgumentException(field + " must be initialised with belongsTo(...) or hasMany(...)");
            }
        }
        return relations;
    }

    private Map<String, RelationMapping> relations() {
        return relations;
    }

    /** The declared relations by field name. */
    Map<String, RelationMapping> relationsByName() {
        return Collections.unmodifiableMap(relations);
    }

    T instantiate() {
        try {
            return constructor.newInstance();
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("Cannot instantiate " + type.getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Constructor of " + type.getName() + " failed", e.getCause());
        }
    }

    Class<T> type() {
        return type;
    }

    String modelName() {
        return type.getSimpleName();
    }

    String table() {
        return table;
    }

    PropertyMapping id() {
        return id;
    }

    /** The @Version property, or null. */
    PropertyMapping version() {
        return version;
    }

    /** The per-write token column of the @Version, or null. */
    String tokenColumn() {
        return tokenColumn;
    }

    List<PropertyMapping> properties() {
        return properties;
    }

    /**
     * A property by field name ({@code createdAt}) or column name ({@code created_at}, any case). Anything else is
     * an IllegalArgumentException and never reaches SQL.
     */
    PropertyMapping property(String name) {
        PropertyMapping property = name == null ? null : byName.get(name);
        if (property == null && name != null) {
            property = byName.get(name.toLowerCase(Locale.ROOT));
        }
        if (property == null) {
            List<String> known = properties.stream().map(PropertyMapping::column).toList();
            throw new IllegalArgumentException("Unknown column '" + name + "' for model " + modelName()
                    + "; known columns: " + known);
        }
        return property;
    }

    /** A relation by field name, or IllegalArgumentException listing the declared ones. */
    RelationMapping relation(String name) {
        RelationMapping relation = relations.get(name);
        if (relation == null) {
            throw new IllegalArgumentException("Unknown relation '" + name + "' for model " + modelName()
                    + "; declared relations: " + relations.keySet());
        }
        return relation;
    }
}
