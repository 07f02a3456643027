/**
 * An active-record ORM over plain JDBC, for SEMOSS databases through {@code jdbc:semoss:} (or any DataSource).
 *
 * <pre>{@code
 * SemossOrm.configure("jdbc:semoss:https://host/Monolith/api?database=sales", accessKey, secretKey);
 *
 * public class User extends SemossModel {
 *     public static final Finder<User> find = SemossModel.finder(User.class);
 *     @Id Long id;
 *     String name;
 *     Integer age;
 *     Instant createdAt;                       // column created_at
 * }
 *
 * User ada = new User(); ada.name = "Ada"; ada.age = 36; ada.save();      // INSERT, id read back
 * ada.age = 37; ada.save();                                               // UPDATE users SET age = ? WHERE id = ?
 * List<User> adults = User.find.where("age", ">=", 18).orderBy("-created_at").limit(10).all();
 * }</pre>
 *
 * <p>Public types: {@link org.semossjdbc.orm.SemossOrm} (configuration), {@link org.semossjdbc.orm.SemossModel}
 * (the base class), {@link org.semossjdbc.orm.Finder} and {@link org.semossjdbc.orm.Query} (immutable queries),
 * {@link org.semossjdbc.orm.Condition} (filters and OR groups), the mapping annotations, the relations
 * {@link org.semossjdbc.orm.BelongsTo} and {@link org.semossjdbc.orm.HasMany}, {@link org.semossjdbc.orm.Validations}
 * and three exceptions. Everything else is package-private machinery: model metadata, the SQL builder, one codec per
 * Java type, the dirty tracker and the persisters.
 *
 * <p>Guarantees: every identifier in SQL comes from a model's metadata and is quoted for the dialect; every value
 * is a bound parameter. DECIMAL, timestamps, UUIDs and bytes are selected in an exact textual form and parsed, so
 * they survive SEMOSS's read path (which turns DECIMAL into a double, drops fractional seconds and decodes bytes as
 * UTF-8). {@code Instant} fields are stored as UTC in a TIMESTAMP column without time zone.
 */
package org.semossjdbc.orm;
