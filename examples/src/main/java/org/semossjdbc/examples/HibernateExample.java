package org.semossjdbc.examples;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Persistence;
import jakarta.persistence.RollbackException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Hibernate ORM 6.6 through plain JPA on SEMOSS: {@code Persistence.createEntityManagerFactory} over a HikariCP pool
 * of {@code jdbc:semoss:} connections, the schema created by Hibernate ({@code hbm2ddl}), IDENTITY keys, a
 * {@link BigDecimal} and a {@link LocalDateTime}, a JPQL query with parameters, an {@code @Version} check that makes
 * a stale update fail, and a delete.
 *
 * <p>Nothing SEMOSS-specific is configured: Hibernate picks its dialect from {@code getDatabaseProductName()} (the
 * engine's database: H2, PostgreSQL or MariaDB). Two facts of SEMOSS show: each statement commits on its own, so a
 * JPA transaction groups nothing (the driver's default {@code transactions=lenient} lets Hibernate begin and commit
 * them, with warnings, and a rollback undoes nothing); and the stale update is caught because the driver reports the
 * UPDATE's exact row count (0) on every backend. SEMOSS ships H2 1.4.200, older than Hibernate's H2 dialect wants:
 * Hibernate logs a version warning once, and what this example uses works.
 */
public final class HibernateExample {

    /** The persistence unit in {@code META-INF/persistence.xml}. */
    public static final String UNIT = "semoss-shipments";

    /**
     * What happened, for the test.
     *
     * @param dialect          the Hibernate dialect chosen from the connection's metadata
     * @param ids              generated keys of the three shipments, in insertion order
     * @param found            customers returned by the JPQL query with parameters, in its order
     * @param stored           the first shipment as read back by a new EntityManager after the updates
     * @param staleUpdateError the failure of the stale update (an {@link OptimisticLockException}), or null if it
     *                         was wrongly applied
     * @param remaining        shipments counted by JPQL after the delete
     */
    public record Outcome(String dialect, List<Long> ids, List<String> found, Shipment stored,
                          OptimisticLockException staleUpdateError, long remaining) {
    }

    /** The first shipment's values. */
    public static final BigDecimal FIRST_AMOUNT = new BigDecimal("1234.50");
    /** When the first shipment left (whole seconds: SEMOSS drops fractions of a second). */
    public static final LocalDateTime FIRST_SHIPPED_AT = LocalDateTime.of(2026, 3, 1, 9, 30, 15);
    /** The amount the first writer sets, which must survive the stale second writer. */
    public static final BigDecimal UPDATED_AMOUNT = new BigDecimal("1300.00");

    private HibernateExample() {
    }

    /** Runs against the embedded emulator or the server named by arguments or environment. */
    public static void main(String[] args) throws Exception {
        Launcher.withPool(args, 2, pool -> run(pool, System.out));
    }

    /** Creates the entity manager factory over {@code dataSource}; Hibernate drops and creates the table. */
    public static EntityManagerFactory entityManagerFactory(DataSource dataSource) {
        return Persistence.createEntityManagerFactory(UNIT, Map.of(
                "jakarta.persistence.nonJtaDataSource", dataSource,
                "jakarta.persistence.schema-generation.database.action", "drop-and-create"));
    }

    /** The example: inserts, a JPQL query, an update and a stale one, a delete. */
    public static Outcome run(DataSource dataSource, PrintStream out) {
        try (EntityManagerFactory factory = entityManagerFactory(dataSource)) {
            String dialect = factory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect()
                    .getClass().getSimpleName();
            out.println("Hibernate dialect: " + dialect);

            List<Long> ids = inTransaction(factory, em -> {
                List<Shipment> shipments = List.of(
                        new Shipment("Ann's \"Ltda\"; -- shop", FIRST_AMOUNT, FIRST_SHIPPED_AT),
                        new Shipment("Bob", new BigDecimal("150.00"), FIRST_SHIPPED_AT.plusDays(1)),
                        new Shipment("Chloé", new BigDecimal("5000.00"), FIRST_SHIPPED_AT.plusDays(40)));
                shipments.forEach(em::persist);
                em.flush();
                List<Long> keys = new ArrayList<>();
                shipments.forEach(s -> keys.add(s.getId()));
                return keys;
            });
            out.println("Persisted 3 shipments with IDENTITY keys " + ids);

            List<String> found;
            try (EntityManager em = factory.createEntityManager()) {
                found = em.createQuery("select s.customer from Shipment s where s.amount >= :min "
                                + "and s.shippedAt < :before order by s.amount desc", String.class)
                        .setParameter("min", new BigDecimal("100"))
                        .setParameter("before", FIRST_SHIPPED_AT.plusDays(30))
                        .getResultList();
            }
            out.println("JPQL amount >= 100 shipped within 30 days: " + found);

            OptimisticLockException stale = staleUpdate(factory, ids.get(0));
            out.println(stale != null ? "The stale update failed as it must: " + stale.getClass().getSimpleName()
                    : "The stale update was applied: lost update!");

            Shipment stored;
            try (EntityManager em = factory.createEntityManager()) {
                stored = em.find(Shipment.class, ids.get(0));
            }
            out.println("Shipment " + stored.getId() + " now: amount " + stored.getAmount() + ", version "
                    + stored.getVersion());

            inTransaction(factory, em -> {
                em.remove(em.find(Shipment.class, ids.get(2)));
                return null;
            });
            long remaining;
            try (EntityManager em = factory.createEntityManager()) {
                remaining = em.createQuery("select count(s) from Shipment s", Long.class).getSingleResult();
            }
            out.println("Deleted shipment " + ids.get(2) + "; " + remaining + " remain");
            return new Outcome(dialect, ids, found, stored, stale, remaining);
        }
    }

    /**
     * Two entity managers load the same shipment; the first changes it, then the second, still holding version 0,
     * tries too. Hibernate's UPDATE ... WHERE version = 0 matches no row, and the exact count (0) makes it fail.
     */
    private static OptimisticLockException staleUpdate(EntityManagerFactory factory, long id) {
        try (EntityManager first = factory.createEntityManager(); EntityManager second = factory.createEntityManager()) {
            Shipment mine = first.find(Shipment.class, id);
            Shipment theirs = second.find(Shipment.class, id);
            first.getTransaction().begin();
            mine.setAmount(UPDATED_AMOUNT);
            first.getTransaction().commit();
            second.getTransaction().begin();
            theirs.setAmount(new BigDecimal("1.00"));
            try {
                second.getTransaction().commit();
                return null;
            } catch (RollbackException e) {
                if (e.getCause() instanceof OptimisticLockException lock) {
                    return lock;
                }
                throw e;
            } catch (OptimisticLockException e) {
                return e;
            }
        }
    }

    private static <R> R inTransaction(EntityManagerFactory factory, Function<EntityManager, R> work) {
        try (EntityManager em = factory.createEntityManager()) {
            em.getTransaction().begin();
            try {
                R result = work.apply(em);
                em.getTransaction().commit();
                return result;
            } catch (RuntimeException e) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                throw e;
            }
        }
    }
}
